// The globals a script sees as enumerable, in Node's order, and that reading a lazy
// one (loading its module) keeps its place and its enumerability.
console.log(Object.keys(globalThis));
void atob, performance, structuredClone, URL, Buffer, ReadableStream, Headers;
console.log(Object.keys(globalThis));
for (const k of ['atob', 'performance', 'Buffer', 'ReadableStream', 'Headers', 'TextDecoder', 'AbortController']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, k);
  console.log(k, d.enumerable, d.configurable);
}
globalThis.TextEncoder = 'replaced';
console.log(TextEncoder, Object.getOwnPropertyDescriptor(globalThis, 'TextEncoder').enumerable);
