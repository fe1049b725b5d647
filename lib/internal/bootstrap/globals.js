'use strict';
// Globals. Cheap ones are set now; the rest load their module on first use so an
// empty script starts fast and small.

const timers = require('timers');
const { queueMicrotask } = require('internal/process/task_queues');

function defineValue(name, value, enumerable = false) {
  Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
}

// Node makes a few of the web globals enumerable (they are installed differently).
const kEnumerable = new Set(['structuredClone', 'performance', 'queueMicrotask']);

function defineLazy(name, load) {
  const enumerable = kEnumerable.has(name);
  Object.defineProperty(globalThis, name, {
    configurable: true,
    enumerable,
    get() {
      const value = load();
      defineValue(name, value, enumerable);
      return value;
    },
    set(value) { defineValue(name, value, enumerable); },
  });
}

defineValue('global', globalThis);
defineValue('process', process);
for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate']) {
  defineValue(name, timers[name]);
}
defineValue('queueMicrotask', queueMicrotask, true);
// --expose-gc
const { gc } = internalBinding('process');
if (gc !== undefined) defineValue('gc', gc);

const lazy = (id, key) => () => require(id)[key];
defineLazy('console', () => require('console'));
defineLazy('Buffer', lazy('buffer', 'Buffer'));
defineLazy('atob', lazy('buffer', 'atob'));
defineLazy('btoa', lazy('buffer', 'btoa'));
defineLazy('Blob', lazy('buffer', 'Blob'));
defineLazy('URL', lazy('url', 'URL'));
defineLazy('URLSearchParams', lazy('url', 'URLSearchParams'));
defineLazy('TextEncoder', lazy('util', 'TextEncoder'));
defineLazy('TextDecoder', lazy('util', 'TextDecoder'));
defineLazy('AbortController', lazy('internal/abort_controller', 'AbortController'));
defineLazy('AbortSignal', lazy('internal/abort_controller', 'AbortSignal'));
defineLazy('EventTarget', lazy('internal/event_target', 'EventTarget'));
defineLazy('Event', lazy('internal/event_target', 'Event'));
defineLazy('CustomEvent', lazy('internal/event_target', 'CustomEvent'));
defineLazy('structuredClone', lazy('internal/structured_clone', 'structuredClone'));
defineLazy('DOMException', lazy('internal/dom_exception', 'DOMException'));
defineLazy('performance', lazy('perf_hooks', 'performance'));
// As Node 20: `crypto` is an enumerable getter without a setter (assigning to it
// does nothing). The Web Crypto object (not all of node:crypto) loads when it is
// first read.
Object.defineProperty(globalThis, 'crypto', {
  configurable: true,
  enumerable: true,
  get: Object.getOwnPropertyDescriptor({ get crypto() { return require('internal/crypto/webcrypto').crypto; } }, 'crypto').get,
});
defineLazy('Crypto', lazy('internal/crypto/webcrypto', 'Crypto'));
