'use strict';
// Globals. Cheap ones are set now; the rest load their module on first use so an
// empty script starts fast and small.

const timers = require('timers');
const { queueMicrotask } = require('internal/process/task_queues');

function defineValue(name, value, enumerable = false) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
}

// Lazy globals: an accessor that loads require(id)[key] when first read (or takes
// the value written) and becomes a data property. Native (natives.defineLazy): start-up
// defines some forty of them, and a JS closure plus defineProperty each cost several
// times as much. Node makes a few of them enumerable.
const { defineLazy } = internalBinding('natives');

// The enumerable ones in Node's order: Object.keys(globalThis) lists them as Node does.
defineValue('global', globalThis, true);
defineValue('process', process);
for (const name of ['clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout', 'setInterval', 'setTimeout']) {
  defineValue(name, timers[name], true);
}
defineValue('queueMicrotask', queueMicrotask, true);
// --expose-gc
const { gc } = internalBinding('process');
if (gc !== undefined) defineValue('gc', gc);

Object.defineProperty(globalThis, 'console', {
  configurable: true,
  enumerable: false,
  get: function get() {
    const value = require('console');
    defineValue('console', value);
    return value;
  },
  set: function set(value) { defineValue('console', value); },
});
defineLazy(globalThis, 'internal/structured_clone', 'structuredClone', true);
defineLazy(globalThis, 'buffer', 'atob btoa', true);
defineLazy(globalThis, 'perf_hooks', 'performance', true);
defineLazy(globalThis, 'buffer', 'Buffer Blob', false);
defineLazy(globalThis, 'url', 'URL URLSearchParams', false);
defineLazy(globalThis, 'util', 'TextEncoder TextDecoder', false);
defineLazy(globalThis, 'internal/abort_controller', 'AbortController AbortSignal', false);
defineLazy(globalThis, 'internal/event_target', 'EventTarget Event CustomEvent', false);
defineLazy(globalThis, 'internal/dom_exception', 'DOMException', false);
defineLazy(globalThis, 'internal/crypto/webcrypto', 'Crypto', false);
// WHATWG streams (node:stream/web) and fetch.
defineLazy(globalThis, 'stream/web', 'ReadableStream ReadableStreamDefaultReader ReadableStreamBYOBReader ' +
  'ReadableStreamBYOBRequest ReadableByteStreamController ReadableStreamDefaultController TransformStream ' +
  'TransformStreamDefaultController WritableStream WritableStreamDefaultWriter WritableStreamDefaultController ' +
  'ByteLengthQueuingStrategy CountQueuingStrategy TextEncoderStream TextDecoderStream CompressionStream ' +
  'DecompressionStream', false);
defineLazy(globalThis, 'internal/fetch/globals', 'Headers Request Response FormData', false);
// As Node 20, `fetch` is an enumerable data property; what it runs loads on the first call.
defineValue('fetch', function fetch(input, init = undefined) {
  return Reflect.apply(require('internal/fetch/fetch').fetch, this, arguments);
}, true);
// As Node 20: `crypto` is an enumerable getter without a setter (assigning to it
// does nothing). The Web Crypto object (not all of node:crypto) loads when it is
// first read.
Object.defineProperty(globalThis, 'crypto', {
  configurable: true,
  enumerable: true,
  get: Object.getOwnPropertyDescriptor({ get crypto() { return require('internal/crypto/webcrypto').crypto; } }, 'crypto').get,
});
