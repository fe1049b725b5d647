'use strict';
// process.stdout / process.stderr / process.stdin as streams. Writes to files,
// pipes and TTYs are synchronous (as Node does on Linux), so output is never lost at
// exit and write() completes before it returns. A terminal gets tty.WriteStream /
// tty.ReadStream, as in Node. Otherwise stdin is a Readable that reads fd 0 in
// blocking chunks on demand, one chunk per loop turn (setImmediate), so timers and
// I/O still run between chunks.

const binding = internalBinding('process');

const kChunkSize = 65536;

function handleType(fd) {
  switch (binding.guessHandleType(fd)) {
    case 'TTY': return 'tty';
    case 'FILE': return 'fs';
    case 'PIPE': case 'TCP': return 'pipe';
    default: return 'unknown';
  }
}

function errnoError(err, syscall) {
  const { ErrnoException } = require('internal/errors');
  return new ErrnoException(err, syscall);
}

// Ending or destroying a stdio stream never closes its descriptor (Node's
// dummyDestroy); 'close' is still emitted so finished() and pipeline() see it.
function dummyDestroy(err, cb) {
  cb(err);
  this._undestroy();
  if (!this._writableState.emitClose) process.nextTick(() => this.emit('close'));
}

// A terminal: a tty.WriteStream (a net.Socket with blocking writes), as in Node.
function createTTYStdio(fd) {
  const tty = require('tty');
  const stream = new tty.WriteStream(fd);
  stream._type = 'tty';
  stream.fd = fd;
  stream._isStdio = true;
  stream.destroySoon = stream.destroy;
  stream._destroy = dummyDestroy;
  process.on('SIGWINCH', () => stream._refreshSize());
  return stream;
}

function createWritableStdio(fd) {
  if (binding.isatty(fd)) return createTTYStdio(fd);
  const { Writable } = require('stream');
  const stream = new Writable({
    decodeStrings: false,
    write(chunk, encoding, callback) {
      let err;
      if (typeof chunk === 'string') {
        err = encoding === 'utf8' || encoding === 'utf-8'
          ? binding.writeString(fd, chunk)
          : binding.writeBuffer(fd, Buffer.from(chunk, encoding));
      } else {
        err = binding.writeBuffer(fd, chunk);
      }
      callback(err ? errnoError(err, 'write') : null);
    },
    // Ending or destroying stdout/stderr never closes the descriptor, as in Node.
    destroy(err, callback) {
      callback(err);
    },
  });
  stream.fd = fd;
  stream._type = handleType(fd);
  stream._isStdio = true;
  stream.destroySoon = stream.destroy;
  return stream;
}

// A terminal stdin: a tty.ReadStream (setRawMode, non-blocking reads), as in Node.
// It starts not reading, and stops again once paused so the process can exit.
function createTTYStdin() {
  const tty = require('tty');
  const stdin = new tty.ReadStream(0);
  stdin.fd = 0;
  stdin._handle.reading = false;
  stdin._readableState.reading = false;
  stdin._handle.readStop();
  stdin.on('pause', () => process.nextTick(() => {
    if (stdin._handle && stdin._handle.reading && !stdin.readableFlowing) {
      stdin._readableState.reading = false;
      stdin._handle.reading = false;
      stdin._handle.readStop();
    }
  }));
  return stdin;
}

function createStdin() {
  if (binding.isatty(0)) return createTTYStdin();
  const { Readable } = require('stream');
  let scheduled = false;
  const stdin = new Readable({
    highWaterMark: kChunkSize,
    read() {
      if (scheduled) return;
      scheduled = true;
      setImmediate(readOnce, this);
    },
    destroy(err, callback) {
      callback(err);
    },
  });
  function readOnce(stream) {
    scheduled = false;
    if (stream.destroyed) return;
    const result = binding.readChunk(0, kChunkSize);
    if (result === null) stream.push(null);
    else if (typeof result === 'number') stream.destroy(errnoError(result, 'read'));
    else stream.push(Buffer.from(result));
  }
  stdin.fd = 0;
  stdin._type = handleType(0);
  return stdin;
}

function create(name) {
  if (name === 'stdout') return createWritableStdio(1);
  if (name === 'stderr') return createWritableStdio(2);
  return createStdin();
}

module.exports = { create };
