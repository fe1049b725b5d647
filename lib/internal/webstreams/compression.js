'use strict';
// CompressionStream and DecompressionStream (Compression Streams standard) as
// TransformStreams that feed a node:zlib stream and pass on what it produces.

const { TransformStream } = require('internal/webstreams/streams');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } } = require('internal/errors');

const kTransform = Symbol('kTransform');
const kFormats = ['deflate', 'deflate-raw', 'gzip'];

function toUint8(chunk) {
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new ERR_INVALID_ARG_TYPE('chunk', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], chunk);
}

// One TransformStream over one zlib stream: every write waits for zlib to take the
// chunk; its output is enqueued as it comes; the end waits for zlib's 'end'.
function zlibTransform(engine) {
  let controller;
  let failed = null;
  engine.on('data', (data) => controller.enqueue(new Uint8Array(data.buffer, data.byteOffset, data.length)));
  engine.on('error', (err) => {
    failed = err;
    controller.error(err);
  });
  return new TransformStream({
    start(c) { controller = c; },
    transform(chunk) {
      const bytes = toUint8(chunk);
      return new Promise((resolve, reject) => {
        if (failed) return reject(failed);
        engine.write(bytes, () => (failed ? reject(failed) : resolve()));
      });
    },
    flush() {
      return new Promise((resolve, reject) => {
        if (failed) return reject(failed);
        engine.once('end', resolve);
        engine.once('error', reject);
        engine.end();
      });
    },
  });
}

function checkFormat(format) {
  if (!kFormats.includes(format)) throw new ERR_INVALID_ARG_VALUE('format', format);
}

class CompressionStream {
  constructor(format) {
    checkFormat(format);
    const zlib = require('zlib');
    const engine = format === 'gzip' ? zlib.createGzip() : format === 'deflate' ? zlib.createDeflate() : zlib.createDeflateRaw();
    this[kTransform] = zlibTransform(engine);
  }

  get readable() { return this[kTransform].readable; }
  get writable() { return this[kTransform].writable; }
}

class DecompressionStream {
  constructor(format) {
    checkFormat(format);
    const zlib = require('zlib');
    const engine = format === 'gzip' ? zlib.createGunzip() : format === 'deflate' ? zlib.createInflate() : zlib.createInflateRaw();
    this[kTransform] = zlibTransform(engine);
  }

  get readable() { return this[kTransform].readable; }
  get writable() { return this[kTransform].writable; }
}

for (const C of [CompressionStream, DecompressionStream]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
  Object.defineProperty(C.prototype, Symbol.for('nodejs.util.inspect.custom'), {
    value(depth, options, inspect) {
      if (depth < 0) return this;
      const fn = inspect || require('internal/util/inspect').inspect;
      return `${C.name} ${fn({ readable: this.readable, writable: this.writable }, options)}`;
    },
    configurable: true, writable: true,
  });
}

module.exports = { CompressionStream, DecompressionStream };
