// globalThis.crypto as in Node 20: an enumerable getter without a setter, giving the
// Crypto instance that require('crypto').webcrypto is; Crypto cannot be constructed.
const d = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
console.log(typeof d.get, d.get.name, d.set, d.enumerable, d.configurable);
console.log(Object.prototype.toString.call(crypto), crypto.constructor.name, crypto instanceof Crypto);
console.log(crypto === require('crypto').webcrypto, crypto === require('node:crypto').webcrypto);
console.log(Object.keys(crypto), typeof crypto.getRandomValues, crypto.getRandomValues.length, typeof crypto.randomUUID);
const proto = Object.getPrototypeOf(crypto);
for (const k of ['getRandomValues', 'randomUUID']) {
  const pd = Object.getOwnPropertyDescriptor(proto, k);
  console.log(k, pd.enumerable, pd.writable, pd.configurable);
}
const cd = Object.getOwnPropertyDescriptor(globalThis, 'Crypto');
console.log('Crypto global', cd.enumerable, cd.configurable);
try { new Crypto(); } catch (e) { console.log(e.name, e.code, e.message); }
globalThis.crypto = 1;
console.log('after assign', typeof crypto);
(function () {
  'use strict';
  try { globalThis.crypto = 2; } catch (e) { console.log('strict assign', e.name); }
})();
console.log(Object.keys(globalThis).includes('crypto'));
