'use strict';
// fs.ReadStream and fs.WriteStream: node:stream Readable/Writable over the callback
// fs API (so every read and write runs on the IOThreadPool). Options and events as
// Node's: flags, mode, fd, start/end, highWaterMark, encoding, autoClose, emitClose;
// 'open' (fd), 'ready', then the stream events and 'close'.

const { Readable, Writable } = require('stream');
const { codes } = require('internal/errors');
const { getValidatedPath, lazyBuffer } = require('internal/fs/utils');

const kIsPerformingIO = Symbol('kIsPerformingIO');

function lazyFs() { return require('fs'); }

function validateRange(value, name, min = 0) {
  if (value === undefined) return;
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > Number.MAX_SAFE_INTEGER) {
    throw new codes.ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${Number.MAX_SAFE_INTEGER}`, value);
  }
}

function copyOptions(options, defaults) {
  if (options == null) return { ...defaults };
  if (typeof options === 'string') return { ...defaults, encoding: options };
  if (typeof options !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  return { ...defaults, ...options };
}

// Opens the file (unless an fd was given) as the stream's construct step.
function openForStream(stream, callback) {
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  stream[kFs].open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    stream.fd = fd;
    callback();
    stream.emit('open', fd);
    stream.emit('ready');
  });
}

function closeForStream(stream, err, callback) {
  if (typeof stream.fd !== 'number' || !stream.autoClose) {
    callback(err);
    return;
  }
  const fd = stream.fd;
  stream.fd = null;
  stream[kFs].close(fd, (closeErr) => callback(err || closeErr));
}

const kFs = Symbol('kFs');

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyOptions(options, {});
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  if (options.autoDestroy === undefined) options.autoDestroy = options.autoClose !== false;
  this[kFs] = options.fs || lazyFs();
  this.fd = options.fd ?? null;
  this.path = this.fd === null ? toPathString(path) : undefined;
  this.flags = options.flags === undefined ? 'r' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  validateRange(options.start, 'start');
  validateRange(options.end, 'end');
  this.start = options.start;
  this.end = options.end ?? Infinity;
  this.pos = this.start;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined && this.start > this.end) {
    throw new codes.ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
  }
  this.autoClose = options.autoClose === undefined ? true : options.autoClose;
  Reflect.apply(Readable, this, [options]);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'pending', {
  get() { return this.fd === null; }, configurable: true,
});

ReadStream.prototype._construct = function _construct(callback) {
  openForStream(this, callback);
};

ReadStream.prototype._read = function _read(n) {
  n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buf = lazyBuffer().allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buf, 0, n, this.pos ?? null, (err, bytesRead) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIoDone, err);
      return;
    }
    if (err) {
      this.destroy(err);
      return;
    }
    if (bytesRead === 0) {
      this.push(null);
      return;
    }
    if (this.pos !== undefined) this.pos += bytesRead;
    this.bytesRead += bytesRead;
    this.push(bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
  });
};

const kIoDone = Symbol('kIoDone');

ReadStream.prototype._destroy = function _destroy(err, callback) {
  // A read in flight still uses the fd: close after it completes.
  if (this[kIsPerformingIO]) this.once(kIoDone, (er) => closeForStream(this, err || er, callback));
  else closeForStream(this, err, callback);
};

ReadStream.prototype.close = function close(cb) {
  if (typeof cb === 'function') require('stream').finished(this, cb);
  this.destroy();
};

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyOptions(options, {});
  options.decodeStrings = true;
  if (options.autoDestroy === undefined) options.autoDestroy = options.autoClose !== false;
  this[kFs] = options.fs || lazyFs();
  this.fd = options.fd ?? null;
  this.path = this.fd === null ? toPathString(path) : undefined;
  this.flags = options.flags === undefined ? 'w' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  validateRange(options.start, 'start');
  this.start = options.start;
  this.pos = this.start;
  this.bytesWritten = 0;
  this.autoClose = options.autoClose === undefined ? true : options.autoClose;
  this[kIsPerformingIO] = false;
  Reflect.apply(Writable, this, [options]);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'pending', {
  get() { return this.fd === null; }, configurable: true,
});

WriteStream.prototype._construct = function _construct(callback) {
  openForStream(this, callback);
};

WriteStream.prototype._write = function _write(data, encoding, cb) {
  this[kIsPerformingIO] = true;
  this[kFs].write(this.fd, data, 0, data.length, this.pos ?? null, (err, bytes) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(err);
      this.emit(kIoDone, err);
      return;
    }
    if (err) {
      cb(err);
      return;
    }
    this.bytesWritten += bytes;
    if (this.pos !== undefined) this.pos += bytes;
    cb();
  });
};

WriteStream.prototype._destroy = function _destroy(err, callback) {
  if (this[kIsPerformingIO]) this.once(kIoDone, (er) => closeForStream(this, err || er, callback));
  else closeForStream(this, err, callback);
};

WriteStream.prototype.close = function close(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

function toPathString(path) {
  const p = getValidatedPath(path);
  return typeof path === 'string' ? path : p;
}

function createReadStream(path, options) { return new ReadStream(path, options); }
function createWriteStream(path, options) { return new WriteStream(path, options); }

module.exports = { ReadStream, WriteStream, createReadStream, createWriteStream };
