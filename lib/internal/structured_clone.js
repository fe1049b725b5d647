'use strict';
// structuredClone(value): the HTML structured clone algorithm for the types a
// runtime without workers or ports can meet — primitives, wrappers, Date, RegExp,
// ArrayBuffer, typed arrays, DataView, Map, Set, arrays, plain objects and errors —
// with shared and circular references preserved. Anything else (functions,
// symbols, WeakMap, Promise, ...) throws a DataCloneError DOMException.

const { codes } = require('internal/errors');

const kErrorNames = new Set(['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError']);
const kErrorCtors = { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };
const toStringTag = (v) => Object.prototype.toString.call(v).slice(8, -1);

function dataCloneError(value) {
  const { DOMException } = require('internal/dom_exception');
  let text;
  if (typeof value === 'function' || typeof value === 'symbol') text = String(value);
  else text = `#<${value?.constructor?.name ?? 'Object'}>`;
  return new DOMException(`${text} could not be cloned.`, 'DataCloneError');
}

function cloneErrorValue(value, memory) {
  let name = 'Error';
  try { name = value.name; } catch { /* keep Error */ }
  if (!kErrorNames.has(name)) name = 'Error';
  const out = Object.create(kErrorCtors[name].prototype);
  memory.set(value, out);
  const desc = Object.getOwnPropertyDescriptor(value, 'message');
  if (desc && 'value' in desc) {
    Object.defineProperty(out, 'message', { value: `${desc.value}`, writable: true, configurable: true, enumerable: false });
  }
  if (typeof value.stack === 'string') {
    Object.defineProperty(out, 'stack', { value: value.stack, writable: true, configurable: true, enumerable: false });
  }
  if (Object.prototype.hasOwnProperty.call(value, 'cause')) {
    Object.defineProperty(out, 'cause', { value: clone(value.cause, memory), writable: true, configurable: true, enumerable: false });
  }
  return out;
}

function cloneBuffer(ab, memory) {
  let out = memory.get(ab);
  if (out === undefined) {
    out = ab.slice(0);
    memory.set(ab, out);
  }
  return out;
}

function cloneObject(value, memory) {
  const tag = toStringTag(value);
  switch (tag) {
    case 'Boolean': case 'Number': case 'String': case 'BigInt':
      return Object(value.valueOf());
    case 'Date': return new Date(value.getTime());
    case 'RegExp': return new RegExp(value.source, value.flags);
    case 'ArrayBuffer': return cloneBuffer(value, memory);
    case 'Error': return cloneErrorValue(value, memory);
    default: break;
  }
  if (ArrayBuffer.isView(value)) {
    const buffer = cloneBuffer(value.buffer, memory);
    if (tag === 'DataView') return new DataView(buffer, value.byteOffset, value.byteLength);
    // Buffers come back as plain Uint8Arrays, as in Node.
    const Ctor = globalThis[tag] ?? Uint8Array;
    return new Ctor(buffer, value.byteOffset, value.length);
  }
  if (value instanceof Map) {
    const out = new Map();
    memory.set(value, out);
    for (const [k, v] of value) out.set(clone(k, memory), clone(v, memory));
    return out;
  }
  if (value instanceof Set) {
    const out = new Set();
    memory.set(value, out);
    for (const v of value) out.add(clone(v, memory));
    return out;
  }
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    memory.set(value, out);
    for (const key of Object.keys(value)) out[key] = clone(value[key], memory);
    return out;
  }
  if (typeof value === 'function' || !['Object', 'Arguments'].includes(tag) && tag !== 'Error' &&
      !isPlainishObject(value)) {
    throw dataCloneError(value);
  }
  const out = {};
  memory.set(value, out);
  for (const key of Object.keys(value)) out[key] = clone(value[key], memory);
  return out;
}

// Class instances and objects with a custom toStringTag clone as plain objects;
// host objects (Promise, WeakMap, WeakRef, ...) do not.
function isPlainishObject(value) {
  return !(value instanceof Promise || value instanceof WeakMap || value instanceof WeakSet ||
    (typeof WeakRef === 'function' && value instanceof WeakRef));
}

function clone(value, memory) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    if (typeof value === 'symbol') throw dataCloneError(value);
    return value;
  }
  if (typeof value === 'function') throw dataCloneError(value);
  const seen = memory.get(value);
  if (seen !== undefined) return seen;
  const out = cloneObject(value, memory);
  memory.set(value, out);
  return out;
}

function structuredClone(value, options = undefined) {
  if (arguments.length === 0) {
    // Node's message here comes from its WebIDL layer: no quotes around the name.
    const err = new codes.ERR_MISSING_ARGS('value');
    err.message = 'The value argument must be specified';
    throw err;
  }
  if (options !== undefined && options !== null && typeof options !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  return clone(value, new Map());
}

module.exports = { structuredClone };
