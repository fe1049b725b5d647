'use strict';
// node:tty — terminals. isatty(fd), and ReadStream / WriteStream: net.Sockets over a
// TTY handle (libuv's uv_tty_t, the tty_wrap binding). When fd 0/1/2 is a terminal,
// process.stdin/stdout/stderr are these streams (internal/process/stdio).

const net = require('net');
const { TTY, isTTY } = internalBinding('tty_wrap');
const { ErrnoException } = require('internal/errors');
const { getColorDepth, hasColors } = require('internal/tty');

let readline;  // internal/readline/callbacks, loaded on first cursor call

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && isTTY(fd);
}

// ERR_INVALID_FD and ERR_TTY_INIT_FAILED, shaped as Node's (only tty throws them).
function nodeError(Base, code, message) {
  const err = new Base(message);
  Object.defineProperty(err, 'toString', {
    value() { return `${this.name} [${code}]: ${this.message}`; },
    enumerable: false, writable: true, configurable: true,
  });
  err.code = code;
  return err;
}

function invalidFd(fd) {
  const { format } = require('internal/util/format');
  return nodeError(RangeError, 'ERR_INVALID_FD', format('"fd" must be a positive integer: %s', fd));
}

function ttyInitFailed(ctx) {
  const err = nodeError(Error, 'ERR_TTY_INIT_FAILED',
    `TTY initialization failed: ${ctx.syscall} returned ${ctx.code} (${ctx.message})`);
  Object.defineProperty(err, 'name', { value: 'SystemError', writable: true, configurable: true });
  Object.defineProperty(err, 'info', { value: ctx, enumerable: true, configurable: true });
  err.errno = ctx.errno;
  err.syscall = ctx.syscall;
  return err;
}

// A TTY handle for fd, or throws as Node does: a regular file or a closed fd is not
// one (EINVAL), but a pipe or socket is (it then has no window size).
function newHandle(fd) {
  if (fd >> 0 !== fd || fd < 0) throw invalidFd(fd);
  const ctx = {};
  const tty = new TTY(fd, ctx);
  if (ctx.code !== undefined) throw ttyInitFailed(ctx);
  return tty;
}

function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  const tty = newHandle(fd);
  net.Socket.call(this, {
    readableHighWaterMark: 0,
    handle: tty,
    manualStart: true,
    ...options,
  });
  this.isRaw = false;
  this.isTTY = true;
}
Object.setPrototypeOf(ReadStream.prototype, net.Socket.prototype);
Object.setPrototypeOf(ReadStream, net.Socket);

ReadStream.prototype.setRawMode = function(flag) {
  flag = !!flag;
  const err = this._handle?.setRawMode(flag);
  if (err) {
    this.emit('error', new ErrnoException(err, 'setRawMode'));
    return this;
  }
  this.isRaw = flag;
  return this;
};

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  const tty = newHandle(fd);
  net.Socket.call(this, {
    readableHighWaterMark: 0,
    handle: tty,
    manualStart: true,
  });
  // Blocking writes, as Node: terminal output is never interleaved or dropped.
  this._handle.setBlocking(true);
  const winSize = [0, 0];
  const err = this._handle.getWindowSize(winSize);
  if (!err) {
    this.columns = winSize[0];
    this.rows = winSize[1];
  }
}
Object.setPrototypeOf(WriteStream.prototype, net.Socket.prototype);
Object.setPrototypeOf(WriteStream, net.Socket);

WriteStream.prototype.isTTY = true;
WriteStream.prototype.getColorDepth = getColorDepth;
WriteStream.prototype.hasColors = hasColors;

// On SIGWINCH (stdout/stderr listen for it): new size, 'resize' if it changed.
WriteStream.prototype._refreshSize = function() {
  const oldCols = this.columns;
  const oldRows = this.rows;
  const winSize = [0, 0];
  const err = this._handle.getWindowSize(winSize);
  if (err) {
    this.emit('error', new ErrnoException(err, 'getWindowSize'));
    return;
  }
  const { 0: newCols, 1: newRows } = winSize;
  if (oldCols !== newCols || oldRows !== newRows) {
    this.columns = newCols;
    this.rows = newRows;
    this.emit('resize');
  }
};

WriteStream.prototype.cursorTo = function(x, y, callback) {
  readline ??= require('internal/readline/callbacks');
  return readline.cursorTo(this, x, y, callback);
};
WriteStream.prototype.moveCursor = function(dx, dy, callback) {
  readline ??= require('internal/readline/callbacks');
  return readline.moveCursor(this, dx, dy, callback);
};
WriteStream.prototype.clearLine = function(dir, callback) {
  readline ??= require('internal/readline/callbacks');
  return readline.clearLine(this, dir, callback);
};
WriteStream.prototype.clearScreenDown = function(callback) {
  readline ??= require('internal/readline/callbacks');
  return readline.clearScreenDown(this, callback);
};
WriteStream.prototype.getWindowSize = function() {
  return [this.columns, this.rows];
};

module.exports = { isatty, ReadStream, WriteStream };
