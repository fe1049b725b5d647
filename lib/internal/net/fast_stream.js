'use strict';
// Shortcuts through the stream machinery for the two hot paths of a socket, taken
// only in states where the result is exactly what the full path would produce:
//
// - deliverData: a flowing socket with nothing buffered emits 'data' for a chunk
//   just read, as Readable's addChunk() would, without the push()/maybeReadMore()
//   round trip (one nextTick per read).
// - tryFastWrite: a connected, uncorked socket with no write in flight asks the
//   kernel to take the chunk at once (uv_try_write). When it does, the write is
//   over: Writable would only have scheduled the afterWrite tick that calls back.
//
// The interpreter makes every layer count; these two cut the JS work per
// ping-pong round trip roughly in half.

const { Readable, Duplex, Writable } = require('stream');
const { Buffer } = require('buffer');
const { kIdleBits } = require('internal/streams/shared');
const { mask: kIdleMask, want: kIdleWant } = Writable[kIdleBits];

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
const kBlockers = bits ? (bits.sync | bits.ended | bits.objectMode | bits.destroyed) : 0;

// Emits `chunk` as 'data' if the stream is flowing with an empty buffer; returns
// false when the caller must push() instead.
function deliverData(stream, chunk) {
  if (bits === null) return false;
  const state = stream._readableState;
  if (state.flowing !== true || state.length !== 0 || (state.state & kBlockers) !== 0 ||
      state.decoder !== null) {
    return false;
  }
  const events = stream._events;
  if (events === undefined || events.data === undefined) return false;
  let flags = (state.state & ~bits.reading) | bits.dataEmitted;
  state.state = flags;
  if ((flags & bits.multiAwaitDrain) !== 0) state.awaitDrainWriters.clear();
  else if (state.awaitDrainWriters !== null) state.awaitDrainWriters = null;
  stream.emit('data', chunk);
  return true;
}

function isUtf8(encoding, state) {
  if (encoding === undefined || encoding === null) encoding = state.defaultEncoding;
  return encoding === 'utf8' || encoding === 'utf-8';
}

// Returns true/false (write()'s result) when the chunk was handled here, or
// undefined when the caller must take the full Writable path. A callback runs on
// the next tick, as Writable runs the callback of a write that completed at once;
// with `cbArg` (internal callers) it is called as cb(cbArg), which spares them a
// bound function per write.
function tryFastWrite(socket, chunk, encoding, cb, cbArg) {
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = undefined;
  }
  const state = socket._writableState;
  const handle = socket._handle;
  if ((cb !== undefined && typeof cb !== 'function') || !writableNow(socket, state, handle)) return undefined;
  let latin1 = false;
  if (typeof chunk === 'string') {
    if (!isUtf8(encoding, state)) {
      if (encoding !== 'latin1' && encoding !== 'binary') return undefined;
      latin1 = true;
    }
  } else if (!(chunk instanceof Uint8Array)) {
    return undefined;
  }
  const left = latin1 ? handle.tryWrite(chunk, true) : handle.tryWrite(chunk);
  if (left === undefined || left < 0) return undefined;  // the full path reports an error
  if (left === 0 && cb === undefined) return true;  // the common case, without a call
  if (latin1 && left !== 0) chunk = Buffer.from(chunk, 'latin1');
  return afterTry(socket, state, chunk, left, cb, cbArg);
}

// Nothing queued, corked, in flight or ended: a write may go to the kernel now.
function writableNow(socket, state, handle) {
  return handle !== null && !socket.connecting && (state.state & kIdleMask) === kIdleWant &&
    state.length === 0 && state.corked === 0 && state.errored === null;
}

function afterTry(socket, state, chunk, left, cb, cbArg) {
  if (left !== 0) return writeRest(socket, state, chunk, left, cbArg === undefined ? cb : () => cb(cbArg));
  if (cb !== undefined) {
    if (cbArg === undefined) process.nextTick(cb);
    else process.nextTick(cb, cbArg);
  }
  return true;
}

// An http message's head (a Latin-1 string) and body bytes in one write, as
// tryFastWrite writes one chunk (internal callers: cb is a function or undefined).
function tryFastWriteHead(socket, head, bytes, cb, cbArg) {
  const state = socket._writableState;
  const handle = socket._handle;
  if (!writableNow(socket, state, handle)) return undefined;
  const left = handle.tryWriteHead(head, bytes);
  if (left === undefined || left < 0) return undefined;
  // The rest is rarely part of the head: the kernel takes at least a few KiB.
  const chunk = left > bytes.length ? Buffer.concat([Buffer.from(head, 'latin1'), bytes]) : bytes;
  return afterTry(socket, state, chunk, left, cb, cbArg);
}

// The kernel took part of the chunk: the rest goes through the Writable. write()
// answers as if the whole chunk had been queued, as the full path would.
function writeRest(socket, state, chunk, left, cb) {
  const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
  const rest = bytes.subarray(bytes.length - left);
  const ret = Duplex.prototype.write.call(socket, rest, cb);
  if (ret && bytes.length >= state.highWaterMark && state.length > 0) {
    state.needDrain = true;
    return false;
  }
  return ret;
}

module.exports = { deliverData, tryFastWrite, tryFastWriteHead };
