// The web globals exist, are not enumerable on globalThis, and are the module exports.
const names = ['URL', 'URLSearchParams', 'AbortController', 'AbortSignal', 'EventTarget', 'Event',
  'CustomEvent', 'structuredClone', 'DOMException', 'performance', 'queueMicrotask'];
for (const n of names) {
  const d = Object.getOwnPropertyDescriptor(globalThis, n);
  console.log(n, typeof globalThis[n], d.enumerable);
}
console.log(Object.keys(globalThis).filter((k) => names.includes(k)).length);
console.log(require('url').URL === URL, require('perf_hooks').performance === performance);
globalThis.URL = 1;
console.log(URL);
