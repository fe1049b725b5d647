'use strict';
// Bridges between node:stream and the WHATWG streams: Readable/Writable/Duplex
// .fromWeb() and .toWeb(), as Node 20's lib/internal/webstreams/adapters.js shapes them.

const {
  ReadableStream, WritableStream, CountQueuingStrategy, isReadableStream, isWritableStream,
} = require('internal/webstreams/streams');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_PREMATURE_CLOSE } } = require('internal/errors');
const { validateObject } = require('internal/net/validators');

function lazyStream() { return require('stream'); }


function newStreamReadableFromReadableStream(readableStream, options = {}) {
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  const reader = readableStream.getReader();
  let closed = false;
  const readable = new (lazyStream().Readable)({
    objectMode, highWaterMark, encoding, signal,
    read() {
      reader.read().then(({ value, done }) => {
        if (done) readable.push(null);
        else readable.push(value);
      }, (error) => readable.destroy(error));
    },
    destroy(error, callback) {
      const done = () => callback(error);
      if (closed) return done();
      reader.cancel(error).then(done, done);
    },
  });
  reader.closed.then(() => { closed = true; }, (error) => {
    closed = true;
    readable.destroy(error);
  });
  return readable;
}

function newReadableStreamFromStreamReadable(streamReadable, options = {}) {
  if (typeof streamReadable?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }
  const { destroy, finished } = lazyStream();
  const objectMode = streamReadable.readableObjectMode;
  const highWaterMark = streamReadable.readableHighWaterMark;
  const strategy = options.strategy ?? (objectMode
    ? new CountQueuingStrategy({ highWaterMark })
    : { highWaterMark, size(chunk) { return chunk.byteLength; } });
  let controller;
  function onData(chunk) {
    if (Buffer.isBuffer(chunk) && !objectMode) chunk = new Uint8Array(chunk);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  }
  const cleanup = finished(streamReadable, (error) => {
    if (error?.code === 'ERR_STREAM_PREMATURE_CLOSE') error = new ERR_STREAM_PREMATURE_CLOSE();
    cleanup();
    streamReadable.on('error', () => {});
    if (error) return controller.error(error);
    controller.close();
  });
  streamReadable.on('data', onData);
  return new ReadableStream({
    start(c) {
      controller = c;
      if (streamReadable.destroyed) c.close();  // Node too closes a destroyed source
    },
    pull() { streamReadable.resume(); },
    cancel(reason) { destroy(streamReadable, reason); },
  }, strategy);
}

function newStreamWritableFromWritableStream(writableStream, options = {}) {
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  const writer = writableStream.getWriter();
  let closed = false;
  const writable = new (lazyStream().Writable)({
    highWaterMark, objectMode, decodeStrings, signal,
    write(chunk, encoding, callback) {
      writer.ready.then(() => writer.write(chunk)).then(() => callback(), callback);
    },
    final(callback) {
      if (closed) return callback();
      writer.close().then(() => callback(), callback);
    },
    destroy(error, callback) {
      const done = () => callback(error);
      if (closed || !error) return done();
      writer.abort(error).then(done, done);
    },
  });
  writer.closed.then(() => { closed = true; }, (error) => {
    closed = true;
    writable.destroy(error);
  });
  return writable;
}

function newWritableStreamFromStreamWritable(streamWritable) {
  if (typeof streamWritable?._writableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  }
  const { destroy, finished } = lazyStream();
  let controller;
  let backpressure = null;  // { resolve, reject } of a write waiting for 'drain'
  let closing = null;
  function onDrain() {
    const b = backpressure;
    backpressure = null;
    b?.resolve();
  }
  streamWritable.on('drain', onDrain);
  const cleanup = finished(streamWritable, (error) => {
    cleanup();
    streamWritable.removeListener('drain', onDrain);
    streamWritable.on('error', () => {});
    if (error?.code === 'ERR_STREAM_PREMATURE_CLOSE') error = new ERR_STREAM_PREMATURE_CLOSE();
    if (error) {
      backpressure?.reject(error);
      backpressure = null;
      closing?.reject(error);
      controller.error(error);
      return;
    }
    closing?.resolve();
    onDrain();
  });
  return new WritableStream({
    start(c) { controller = c; },
    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        return new Promise((resolve, reject) => { backpressure = { resolve, reject }; });
      }
    },
    abort(reason) { destroy(streamWritable, reason); },
    close() {
      return new Promise((resolve, reject) => {
        closing = { resolve, reject };
        if (streamWritable.writableFinished) return resolve();
        streamWritable.end();
      });
    },
  }, new CountQueuingStrategy({ highWaterMark: 1 }));
}

function newReadableWritablePairFromDuplex(duplex) {
  if (typeof duplex?._writableState !== 'object' || typeof duplex?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  }
  return {
    readable: newReadableStreamFromStreamReadable(duplex),
    writable: newWritableStreamFromStreamWritable(duplex),
  };
}

function newStreamDuplexFromReadableWritablePair(pair = {}, options = {}) {
  validateObject(pair, 'pair');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  }
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  }
  const { allowHalfOpen = false, objectMode = false, encoding, decodeStrings = true, highWaterMark, signal } = options;
  const reader = readableStream.getReader();
  const writer = writableStream.getWriter();
  const duplex = new (lazyStream().Duplex)({
    allowHalfOpen, objectMode, encoding, decodeStrings, highWaterMark, signal,
    read() {
      reader.read().then(({ value, done }) => {
        if (done) duplex.push(null);
        else duplex.push(value);
      }, (error) => duplex.destroy(error));
    },
    write(chunk, enc, callback) {
      writer.ready.then(() => writer.write(chunk)).then(() => callback(), callback);
    },
    final(callback) { writer.close().then(() => callback(), callback); },
    destroy(error, callback) {
      const done = () => callback(error);
      Promise.all([reader.cancel(error).catch(() => {}), error ? writer.abort(error).catch(() => {}) : undefined])
        .then(done, done);
    },
  });
  writer.closed.catch((error) => duplex.destroy(error));
  reader.closed.catch((error) => duplex.destroy(error));
  return duplex;
}

module.exports = {
  newStreamReadableFromReadableStream,
  newReadableStreamFromStreamReadable,
  newStreamWritableFromWritableStream,
  newWritableStreamFromStreamWritable,
  newReadableWritablePairFromDuplex,
  newStreamDuplexFromReadableWritablePair,
};
