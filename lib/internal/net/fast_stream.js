'use strict';
// Shortcuts through the stream machinery for the two hot paths of a socket, taken
// only in states where the result is exactly what the full path would produce:
//
// - onStreamRead: a flowing socket with nothing buffered emits 'data' for a chunk
//   just read, as Readable's addChunk() would, without the push()/maybeReadMore()
//   round trip (one nextTick per read); other chunks are pushed.
// - tryFastWrite: a connected, uncorked socket with no write in flight asks the
//   kernel to take the chunk at once (uv_try_write). When it does, the write is
//   over: Writable would only have scheduled the afterWrite tick that calls back.
//
// The interpreter makes every layer count; these two cut the JS work per
// ping-pong round trip roughly in half.

const { Readable, Duplex, Writable } = require('stream');
const { Buffer } = require('buffer');
const { kCallbackAfterWrite, kIdleBits } = require('internal/streams/shared');
const { UV_EOF } = internalBinding('uv');
const { ErrnoException } = require('internal/errors');
const {
  stopReading, kBuffer, kBufferCb, kBufferGen, kMaybeDestroy, kTimeout, kUpdateTimer, owner_symbol,
} = require('internal/stream_base_commons');
const { mask: kIdleMask, want: kIdleWant } = Writable[kIdleBits];
const callbackAfterWrite = Writable[kCallbackAfterWrite];

// Readable keeps its boolean flags in one bit field (`state.state`) behind
// accessors; learn the bits from a probe instead of hard-coding the package's.
function learnBits() {
  const r = new Readable({ read() {} });
  const s = r._readableState;
  if (typeof s.state !== 'number') return null;
  const bit = (name) => {
    const before = s.state;
    s[name] = !s[name];
    const mask = s.state ^ before;
    s[name] = !s[name];
    return mask;
  };
  const bits = {};
  for (const name of ['sync', 'ended', 'objectMode', 'reading', 'dataEmitted', 'multiAwaitDrain', 'destroyed']) {
    bits[name] = bit(name);
    if (bits[name] === 0 || (bits[name] & (bits[name] - 1)) !== 0) return null;  // not one bit
  }
  return bits;
}

const bits = learnBits();
if (bits === null) throw new Error('internal/net/fast_stream: ReadableState flags are not one bit each');
const kBlockers = bits.sync | bits.ended | bits.objectMode | bits.destroyed;

// handle.onread(nread, buffer), `this` = the handle: one call per read. `buffer` (a
// Buffer over its own ArrayBuffer) is undefined when nread is not positive or the
// socket reads into a buffer of its own (onread.buffer). A chunk is emitted as
// 'data' at once when the stream flows with an empty buffer, pushed otherwise.
function onStreamRead(nread, buffer) {
  const handle = this;
  const stream = handle[owner_symbol];
  if (stream[kTimeout] !== null) stream[kUpdateTimer]();
  if (nread > 0) {
    // A socket is destroyed only when its readable side is: the bit spares the Duplex
    // getter on every read.
    const state = stream._readableState;
    const userBuf = stream[kBuffer];
    const events = stream._events;
    let more;  // stays undefined when the stream is destroyed
    if ((state.state & bits.destroyed) !== 0 && stream.destroyed) {
      more = undefined;
    } else if (userBuf) {
      more = stream[kBufferCb](nread, userBuf) !== false;
      const bufGen = stream[kBufferGen];
      if (bufGen !== null) {
        const next = bufGen();
        if (next instanceof Uint8Array) {
          stream[kBuffer] = next;
          handle.useUserBuffer(next);
        }
      }
    } else if (state.flowing !== true || state.length !== 0 || (state.state & kBlockers) !== 0 ||
        state.decoder !== null || events === undefined || events.data === undefined) {
      more = stream.push(buffer);
    } else {
      const flags = (state.state & ~bits.reading) | bits.dataEmitted;
      state.state = flags;
      if ((flags & bits.multiAwaitDrain) !== 0) state.awaitDrainWriters.clear();
      else if (state.awaitDrainWriters !== null) state.awaitDrainWriters = null;
      stream.emit('data', buffer);
      more = true;
    }
    if (more !== undefined) {
      if (!more) stopReading(stream, handle);
      return;
    }
  }
  if (nread === 0) return;
  if (nread !== UV_EOF) {
    // Errors after destroy() (for example ECONNRESET while closing) are dropped.
    stream.destroy(new ErrnoException(nread, 'read'));
    return;
  }
  // EOF: no more reads follow. Push the end before any destroy for 'end' -> 'close'.
  if (stream[kBuffer]) {
    handle.reading = false;
    handle.readStop();
  }
  if (stream[kMaybeDestroy]) stream.on('end', stream[kMaybeDestroy]);
  stream.push(null);
  stream.read(0);
}

function isUtf8(encoding, state) {
  if (encoding === undefined || encoding === null) encoding = state.defaultEncoding;
  return encoding === 'utf8' || encoding === 'utf-8';
}

// Returns true/false (write()'s result) when the chunk was handled here, or
// undefined when the caller must take the full Writable path. A callback runs on
// the next tick, as Writable runs the callback of a write that completed at once;
// with `cbArg` (internal callers) it is called as cb(cbArg), which spares them a
// bound function per write. With `head` (an http message's head, a Latin-1 string;
// internal callers, `chunk` bytes) the head and the chunk go out as one write.
function tryFastWrite(socket, chunk, encoding, cb, cbArg, head) {
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = undefined;
  }
  const state = socket._writableState;
  const handle = socket._handle;
  // Nothing queued, corked, in flight or ended: a write may go to the kernel now.
  if ((cb !== undefined && typeof cb !== 'function') || handle === null || socket.connecting ||
      (state.state & kIdleMask) !== kIdleWant || state.length !== 0 || state.corked !== 0 ||
      state.errored !== null) {
    return undefined;
  }
  // A Buffer with an encoding the full path would reject (ERR_UNKNOWN_ENCODING).
  if (encoding && typeof chunk !== 'string' && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
    return undefined;
  }
  let latin1 = false;
  let left;
  if (head !== undefined) {
    left = handle.tryWriteHead(head, chunk);
  } else {
    if (typeof chunk === 'string' && !isUtf8(encoding, state)) {
      if (encoding !== 'latin1' && encoding !== 'binary') return undefined;
      latin1 = true;
    }
    // undefined for anything but a string or a Uint8Array (Buffer): the full path.
    left = latin1 ? handle.tryWrite(chunk, true) : handle.tryWrite(chunk);
  }
  if (left === undefined || left < 0) return undefined;  // the full path reports an error
  if (left === 0 && cb === undefined) return true;  // the common case, without a call
  if (left !== 0) {
    // The rest is rarely part of a head: the kernel takes at least a few KiB.
    if (head !== undefined && left > chunk.length) chunk = Buffer.concat([Buffer.from(head, 'latin1'), chunk]);
    return writeRest(socket, state, chunk, left, cbArg === undefined ? cb : () => cb(cbArg),
                     latin1 ? 'latin1' : undefined);
  }
  if (cbArg === undefined) callbackAfterWrite(socket, state, cb);  // as the Writable would
  else process.nextTick(cb, cbArg);
  return true;
}

// The kernel took part of the chunk. The whole chunk goes through the Writable, so
// writableLength, bufferSize and write()'s answer count all of it until the kernel
// has the rest, as in Node (whose write request is pending that long); the
// socket's _write() sends only the rest (restOfChunk). `chunk` is a Buffer or a
// string in `encoding` (undefined: UTF-8).
const writtenAhead = { socket: null, bytes: 0 };

function writeRest(socket, state, chunk, left, cb, encoding) {
  const total = typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.length;
  writtenAhead.socket = socket;  // the Writable is idle: it calls _write() at once
  writtenAhead.bytes = total - left;
  const ret = Duplex.prototype.write.call(socket, chunk, encoding, cb);
  writtenAhead.socket = null;
  return ret;
}

// In the socket's _write(): the part of `data` the kernel has not taken yet, when
// writeRest() is writing it; otherwise undefined.
function restOfChunk(socket, data, encoding) {
  if (writtenAhead.socket !== socket) return undefined;
  writtenAhead.socket = null;
  const bytes = typeof data === 'string' ? Buffer.from(data, encoding) : data;
  return bytes.subarray(writtenAhead.bytes);
}

module.exports = { onStreamRead, tryFastWrite, writeRest, restOfChunk };
