'use strict';
// process.stdout / process.stderr / process.stdin. Writes to files, pipes and TTYs
// are synchronous on Linux, as in Node, so output is never lost at exit.
// Until node:stream exists these are minimal writable objects; see
// createWritableStdio for the stream version once the stream module is present.

const binding = internalBinding('process');
const EventEmitter = require('events');

function toWritable(fd) {
  const isTTY = binding.isatty(fd);
  const out = new EventEmitter();
  out.fd = fd;
  out.isTTY = isTTY;
  out.writable = true;
  out._type = binding.guessHandleType(fd).toLowerCase();
  if (isTTY) {
    out.columns = 80;
    out.rows = 24;
    out.hasColors = () => false;
    out.getColorDepth = () => 1;
  }
  out.write = function write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    let err;
    if (typeof chunk === 'string') {
      if (encoding && encoding !== 'utf8' && encoding !== 'utf-8' && globalThis.Buffer) {
        err = binding.writeBuffer(fd, Buffer.from(chunk, encoding));
      } else {
        err = binding.writeString(fd, chunk);
      }
    } else if (chunk instanceof Uint8Array) {
      err = binding.writeBuffer(fd, chunk);
    } else {
      throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (typeof cb === 'function') {
      const e = err ? new (require('internal/errors').ErrnoException)(err, 'write') : null;
      process.nextTick(cb, e);
    }
    return true;
  };
  out.end = function end(chunk, encoding, cb) {
    if (typeof chunk === 'function') { cb = chunk; chunk = undefined; }
    if (chunk !== undefined && chunk !== null) out.write(chunk, encoding);
    if (typeof cb === 'function') process.nextTick(cb);
    return out;
  };
  out.cork = () => {};
  out.uncork = () => {};
  out.destroy = () => out;
  out.writableLength = 0;
  out.writableHighWaterMark = 16384;
  out._isStdio = true;
  out.destroySoon = out.destroy;
  return out;
}

function create(name) {
  if (name === 'stdout') return toWritable(1);
  if (name === 'stderr') return toWritable(2);
  return createStdin();
}

function createStdin() {
  // A Readable over fd 0, read on demand through the I/O thread pool-free path:
  // the stream module provides it when loaded; otherwise a minimal emitter.
  const stdin = new EventEmitter();
  stdin.fd = 0;
  stdin.isTTY = binding.isatty(0);
  stdin.setEncoding = function setEncoding(enc) { this._encoding = enc; return this; };
  stdin.resume = function resume() {
    if (this._reading) return this;
    this._reading = true;
    setImmediate(() => {
      const data = binding.readStdin();
      if (data.length) this.emit('data', this._encoding ? data : Buffer.from(data));
      this.emit('end');
      this.emit('close');
    });
    return this;
  };
  stdin.pause = function pause() { return this; };
  stdin.on('newListener', function (ev) { if (ev === 'data' || ev === 'end') this.resume(); });
  return stdin;
}

module.exports = { create };
