// fetch and its classes are globals, as in Node 20.
for (const name of ['fetch', 'Headers', 'Request', 'Response', 'FormData']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, typeof globalThis[name], d.enumerable, d.writable, d.configurable);
}
console.log(fetch.length, Headers.length, Request.length, Response.length, FormData.length);
console.log(Object.keys(Headers.prototype), Object.keys(Request.prototype).filter((k) => k !== 'attribute'), Object.keys(Response.prototype));
console.log(typeof Response.json, typeof Response.error, typeof Response.redirect);
fetch().catch((e) => console.log(e.name));
globalThis.fetch = 'replaced';
console.log(fetch);
