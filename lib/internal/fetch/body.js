'use strict';
// Bodies of Requests and Responses (Fetch Standard "body mixin"): extracting a body
// from what a user passes, reading it once as text/json/arrayBuffer/blob/formData,
// exposing it as a ReadableStream, and teeing it for clone().
//
// A body is { source, stream, length, used }: `source` holds bytes known up front
// (a string, buffer, Blob, FormData, URLSearchParams); `stream` is the ReadableStream,
// made from the source only when someone asks for `body` (most bodies are read whole).

const { blobBytes, Blob } = require('internal/blob');
const { ReadableStream, isDisturbed } = require('internal/webstreams/streams');
const { FormData, serialize, parseMultipart } = require('internal/fetch/formdata');

const kState = Symbol('fetch state');

function bytesBody(bytes) {
  return { source: bytes, stream: null, length: bytes.byteLength, used: false };
}

function isURLSearchParams(v) {
  return v !== null && typeof v === 'object' && Object.prototype.toString.call(v) === '[object URLSearchParams]';
}

// Returns { body, type } for a body init (BodyInit of the Fetch Standard).
function extractBody(object) {
  if (typeof object === 'string') return { body: bytesBody(Buffer.from(object, 'utf8')), type: 'text/plain;charset=UTF-8' };
  if (isURLSearchParams(object)) {
    return { body: bytesBody(Buffer.from(object.toString(), 'utf8')), type: 'application/x-www-form-urlencoded;charset=UTF-8' };
  }
  if (object instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && object instanceof SharedArrayBuffer)) {
    return { body: bytesBody(new Uint8Array(object.slice(0))), type: null };
  }
  if (ArrayBuffer.isView(object)) {
    return { body: bytesBody(new Uint8Array(object.buffer.slice(object.byteOffset, object.byteOffset + object.byteLength))), type: null };
  }
  if (object instanceof Blob) return { body: bytesBody(blobBytes(object)), type: object.type || null };
  if (object instanceof FormData) {
    const { bytes, type } = serialize(object);
    return { body: bytesBody(bytes), type };
  }
  if (object instanceof ReadableStream) {
    if (isDisturbed(object) || object.locked) throw new TypeError('Response body object should not be disturbed or locked');
    return { body: { source: null, stream: object, length: null, used: false }, type: null };
  }
  if (object !== null && typeof object === 'object' && typeof object[Symbol.asyncIterator] === 'function') {
    return { body: { source: null, stream: ReadableStream.from(object), length: null, used: false }, type: null };
  }
  return extractBody(`${object}`);
}

// A byte ReadableStream that yields a copy of bytes once.
function streamFromBytes(bytes) {
  return new ReadableStream({
    type: 'bytes',
    start(controller) {
      if (bytes.byteLength > 0) controller.enqueue(new Uint8Array(bytes));
      controller.close();
    },
  });
}

function bodyStream(body) {
  if (body.stream === null) body.stream = streamFromBytes(body.source);
  return body.stream;
}

function isUnusable(body) {
  if (body === null) return false;
  if (body.used) return true;
  return body.stream !== null && (isDisturbed(body.stream) || body.stream.locked);
}

async function readAll(stream) {
  const reader = stream.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    if (!(value instanceof Uint8Array)) {
      await reader.cancel().catch(() => {});
      throw new TypeError('Received non-Uint8Array chunk');
    }
    chunks.push(value);
    size += value.byteLength;
  }
  if (chunks.length === 1) return chunks[0];
  const all = new Uint8Array(size);
  let pos = 0;
  for (const c of chunks) {
    all.set(c, pos);
    pos += c.byteLength;
  }
  return all;
}

// Reads the whole body of obj once (the "consume body" steps).
function consume(obj) {
  const body = obj[kState].body;
  if (isUnusable(body)) return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
  if (body === null) return Promise.resolve(new Uint8Array(0));
  if (body.stream === null) {
    body.used = true;
    return Promise.resolve(body.source);
  }
  return readAll(body.stream);
}

function contentType(obj) {
  return obj[kState].headers.get('content-type');
}

function parseFormData(obj, bytes) {
  const type = contentType(obj) ?? '';
  const essence = type.split(';')[0].trim().toLowerCase();
  if (essence === 'multipart/form-data') {
    const m = /;\s*boundary=(?:"([^"]+)"|([^;]+))/i.exec(type);
    if (m === null) throw new TypeError('Failed to parse body as FormData.');
    return parseMultipart(bytes, (m[1] ?? m[2]).trim());
  }
  if (essence === 'application/x-www-form-urlencoded') {
    const { URLSearchParams } = require('url');
    const form = new FormData();
    for (const [k, v] of new URLSearchParams(Buffer.from(bytes).toString('utf8'))) form.append(k, v);
    return form;
  }
  throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
}

const decoder = { decode(bytes) { return new TextDecoder().decode(bytes); } };

// Adds the body mixin to a class whose instances keep { headers, body } in this[kState].
function mixinBody(C) {
  const methods = {
    get body() {
      const body = this[kState].body;
      return body === null ? null : bodyStream(body);
    },
    get bodyUsed() {
      const body = this[kState].body;
      return body !== null && (body.used || (body.stream !== null && isDisturbed(body.stream)));
    },
    text() { return consume(this).then((b) => decoder.decode(b)); },
    json() { return consume(this).then((b) => JSON.parse(decoder.decode(b))); },
    arrayBuffer() {
      return consume(this).then((b) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
    },
    blob() {
      return consume(this).then((b) => new Blob([b], { type: contentType(this) ?? '' }));
    },
    formData() { return consume(this).then((b) => parseFormData(this, b)); },
    bytes() { return consume(this).then((b) => new Uint8Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength))); },
  };
  for (const key of Object.keys(Object.getOwnPropertyDescriptors(methods))) {
    const desc = Object.getOwnPropertyDescriptor(methods, key);
    desc.enumerable = true;
    Object.defineProperty(C.prototype, key, desc);
  }
}

// Makes the named properties of proto enumerable, in this order (as WebIDL lists them).
function orderPrototype(proto, names) {
  for (const name of names) {
    const desc = Object.getOwnPropertyDescriptor(proto, name);
    delete proto[name];
    desc.enumerable = true;
    Object.defineProperty(proto, name, desc);
  }
}

// The body of a clone: the stream (if any) is teed, the bytes shared.
function cloneBody(body) {
  if (body === null) return null;
  if (body.stream === null) return { ...body };
  const [a, b] = body.stream.tee();
  body.stream = a;
  return { source: null, stream: b, length: body.length, used: false };
}

module.exports = { orderPrototype, kState, extractBody, mixinBody, cloneBody, isUnusable, bodyStream, readAll };
