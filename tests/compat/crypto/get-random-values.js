// getRandomValues (node:crypto, webcrypto and the global): integer typed arrays up
// to 64 KiB; DOMExceptions with Node's names for the rest.
const nodeCrypto = require('crypto');
function t(label, f) {
  try { const r = f(); console.log(label, 'ok', r && r.constructor.name, r && r.length); } catch (e) {
    console.log(label, e.name, e.code, e.message, e instanceof DOMException, e instanceof Error);
  }
}
for (const T of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, BigInt64Array, BigUint64Array]) {
  t(T.name, () => globalThis.crypto.getRandomValues(new T(8)));
}
const arr = new Uint8Array(32);
console.log('same array', crypto.getRandomValues(arr) === arr, arr.some((x) => x !== 0));
t('Float32Array', () => crypto.getRandomValues(new Float32Array(2)));
t('Float64Array', () => crypto.getRandomValues(new Float64Array(2)));
t('DataView', () => crypto.getRandomValues(new DataView(new ArrayBuffer(2))));
t('ArrayBuffer', () => crypto.getRandomValues(new ArrayBuffer(2)));
t('array', () => crypto.getRandomValues([1, 2]));
t('65536', () => crypto.getRandomValues(new Uint8Array(65536)));
t('65537', () => crypto.getRandomValues(new Uint8Array(65537)));
t('u32 16385', () => crypto.getRandomValues(new Uint32Array(16385)));
t('missing', () => crypto.getRandomValues());
t('unbound', () => { const g = crypto.getRandomValues; return g(new Uint8Array(2)); });
t('other this', () => crypto.getRandomValues.call({}, new Uint8Array(2)));
t('module unbound', () => { const g = nodeCrypto.getRandomValues; return g(new Uint8Array(3)); });
t('module float', () => nodeCrypto.getRandomValues(new Float32Array(2)));
t('webcrypto', () => nodeCrypto.webcrypto.getRandomValues(new Int16Array(4)));
t('randomUUID other this', () => crypto.randomUUID.call({}));
