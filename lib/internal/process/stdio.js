'use strict';
// process.stdout / process.stderr / process.stdin as streams. Writes to files,
// pipes and TTYs are synchronous (as Node does on Linux), so output is never lost at
// exit and write() completes before it returns. stdin is a Readable that reads fd 0
// in blocking chunks on demand, one chunk per loop turn (setImmediate), so timers and
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

// Colors a terminal supports, from the environment as Node reads it (common cases).
function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) {
    const level = { '': 4, 1: 4, true: 4, 2: 8, 3: 24, 0: 1, false: 1 }[env.FORCE_COLOR];
    if (level !== undefined) return level;
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') return 1;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
  if (env.TERM && /-256(color)?$/.test(env.TERM)) return 8;
  if (env.TERM || env.COLORTERM) return 4;
  return 1;
}

function addTTYProperties(stream, fd) {
  stream.isTTY = true;
  const size = binding.getWindowSize(fd);
  stream.columns = Array.isArray(size) && size[0] > 0 ? size[0] : 80;
  stream.rows = Array.isArray(size) && size[1] > 0 ? size[1] : 24;
  stream.getWindowSize = () => [stream.columns, stream.rows];
  stream.getColorDepth = getColorDepth;
  stream.hasColors = function hasColors(count, env) {
    if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
      env = count;
      count = 16;
    }
    return count <= 2 ** getColorDepth(env);
  };
}

function createWritableStdio(fd) {
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
  if (binding.isatty(fd)) addTTYProperties(stream, fd);
  return stream;
}

function createStdin() {
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
  if (binding.isatty(0)) stdin.isTTY = true;
  return stdin;
}

function create(name) {
  if (name === 'stdout') return createWritableStdio(1);
  if (name === 'stderr') return createWritableStdio(2);
  return createStdin();
}

module.exports = { create };
