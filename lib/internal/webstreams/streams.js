'use strict';
// The WHATWG stream classes of the embedded web-streams-polyfill, with what Node adds:
// util.inspect output, Node's error for a locked stream, and helpers the rest of the
// runtime (fetch, the stream adapters) uses to look inside a stream.

const ws = require('internal/deps/web-streams-polyfill');
const {
  ReadableStream, WritableStream, TransformStream, ReadableStreamDefaultReader,
  ReadableStreamBYOBReader, WritableStreamDefaultWriter,
} = ws;

const kInspect = Symbol.for('nodejs.util.inspect.custom');

function inspectAs(name, fields) {
  return function (depth, options, inspect) {
    if (depth < 0) return this;
    const fn = inspect || require('internal/util/inspect').inspect;
    return `${name} ${fn(fields(this), { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  };
}

function readableState(stream) {
  return stream._state;
}

function isByteStream(stream) {
  return stream._readableStreamController instanceof ws.ReadableByteStreamController;
}

function defineInspect(proto, fn) {
  Object.defineProperty(proto, kInspect, { value: fn, writable: true, configurable: true });
}

defineInspect(ReadableStream.prototype, inspectAs('ReadableStream', (s) => ({
  locked: s.locked, state: readableState(s), supportsBYOB: isByteStream(s),
})));
defineInspect(WritableStream.prototype, inspectAs('WritableStream', (s) => ({
  locked: s.locked, state: s._state,
})));
defineInspect(TransformStream.prototype, inspectAs('TransformStream', (s) => ({
  readable: s.readable, writable: s.writable, backpressure: s._backpressure,
})));

// Node: `TypeError [ERR_INVALID_STATE]: Invalid state: ReadableStream is locked`.
function lockedError(what) {
  const err = new TypeError(`Invalid state: ${what} is locked`);
  err.code = 'ERR_INVALID_STATE';
  Object.defineProperty(err, 'name', { value: 'TypeError', configurable: true, writable: true });
  return err;
}

const { getReader } = ReadableStream.prototype;
Object.defineProperty(ReadableStream.prototype, 'getReader', {
  value: { getReader(options) {
    if (this instanceof ReadableStream && this.locked) throw lockedError('ReadableStream');
    return Reflect.apply(getReader, this, [options]);
  } }.getReader,
  writable: true, configurable: true, enumerable: true,
});

const { getWriter } = WritableStream.prototype;
Object.defineProperty(WritableStream.prototype, 'getWriter', {
  value: { getWriter() {
    if (this instanceof WritableStream && this.locked) throw lockedError('WritableStream');
    return Reflect.apply(getWriter, this, []);
  } }.getWriter,
  writable: true, configurable: true, enumerable: true,
});

function isReadableStream(v) { return v instanceof ReadableStream; }
function isWritableStream(v) { return v instanceof WritableStream; }
function isDisturbed(stream) { return stream._disturbed === true; }
function isErrored(stream) { return stream._state === 'errored'; }

module.exports = {
  ...ws,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  WritableStreamDefaultWriter,
  isReadableStream,
  isWritableStream,
  isDisturbed,
  isErrored,
};
