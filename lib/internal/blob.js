'use strict';
// A small Blob/File: immutable bytes with a MIME type, built from strings, buffers,
// ArrayBuffers and other Blobs. Data lives in one Uint8Array (no blob store).

const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS } } = require('internal/errors');

const kBytes = Symbol('kBytes');
const kType = Symbol('kType');

function toBytes(part) {
  if (part instanceof Blob) return part[kBytes];
  if (part instanceof ArrayBuffer) return new Uint8Array(part.slice(0));
  if (ArrayBuffer.isView(part)) {
    return new Uint8Array(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength));
  }
  return new TextEncoder().encode(`${part}`);
}

function normalizeType(type) {
  type = `${type}`;
  return /[^\u0020-\u007e]/.test(type) ? '' : type.toLowerCase();
}

function clampIndex(v, size, def) {
  if (v === undefined) return def;
  v = Math.trunc(+v) || 0;
  if (v < 0) return Math.max(size + v, 0);
  return Math.min(v, size);
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' || typeof sources === 'string') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const endings = options?.endings ?? 'transparent';
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    const parts = [];
    let size = 0;
    for (const part of sources) {
      const bytes = toBytes(part);
      parts.push(bytes);
      size += bytes.length;
    }
    const all = new Uint8Array(size);
    let pos = 0;
    for (const p of parts) {
      all.set(p, pos);
      pos += p.length;
    }
    this[kBytes] = all;
    this[kType] = options?.type === undefined ? '' : normalizeType(options.type);
  }

  get size() { return this[kBytes].length; }
  get type() { return this[kType]; }

  slice(start, end, contentType) {
    const size = this.size;
    const s = clampIndex(start, size, 0);
    const e = clampIndex(end, size, size);
    const blob = new Blob([]);
    blob[kBytes] = this[kBytes].slice(s, Math.max(s, e));
    blob[kType] = contentType === undefined ? '' : normalizeType(contentType);
    return blob;
  }

  async text() { return new TextDecoder().decode(this[kBytes]); }
  async arrayBuffer() { return this[kBytes].slice().buffer; }

  stream() {
    const bytes = this[kBytes];
    const { ReadableStream } = require('internal/webstreams/streams');
    return new ReadableStream({
      type: 'bytes',
      start(controller) {
        if (bytes.length > 0) controller.enqueue(bytes.slice());
        controller.close();
      },
    });
  }

  get [Symbol.toStringTag]() { return 'Blob'; }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const fn = inspect || require('internal/util/inspect').inspect;
    return `Blob ${fn({ size: this.size, type: this.type }, options)}`;
  }
}

class File extends Blob {
  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    this.name = `${fileName}`;
    this.lastModified = options.lastModified === undefined ? Date.now() : +options.lastModified;
  }

  get [Symbol.toStringTag]() { return 'File'; }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const fn = inspect || require('internal/util/inspect').inspect;
    return `File ${fn({ size: this.size, type: this.type, name: this.name, lastModified: this.lastModified }, options)}`;
  }
}

function resolveObjectURL() { return undefined; }

// The bytes of a Blob, without a copy (fetch bodies read them synchronously).
function blobBytes(blob) { return blob[kBytes]; }

module.exports = { Blob, File, resolveObjectURL, blobBytes };
