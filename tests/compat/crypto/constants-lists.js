// getHashes/getCiphers (Node's shape: one entry per lower-cased name, sorted, a
// fresh copy per call) and crypto.constants.
const crypto = require('crypto');
const hashes = crypto.getHashes();
console.log(hashes.join(' '));
console.log(hashes !== crypto.getHashes(), JSON.stringify(hashes) === JSON.stringify(crypto.getHashes()));
for (const h of hashes) crypto.createHash(h);
console.log('all hashes usable');
const ciphers = crypto.getCiphers();
console.log(ciphers.length, ciphers.includes('aes-256-gcm'), ciphers.includes('aes-128-cbc'));
console.log(ciphers.join(' '));
console.log(JSON.stringify(crypto.constants));
console.log(Object.getPrototypeOf(crypto.constants));
// Descriptors: read-only constants, the cipher list a plain property once read,
// getRandomValues and webcrypto getters on the module.
const d = Object.getOwnPropertyDescriptor(crypto.constants, 'defaultCipherList');
console.log(typeof d.get, typeof d.value, d.writable, d.enumerable, d.configurable);
console.log(Object.getOwnPropertyDescriptor(crypto.constants, 'RSA_NO_PADDING'));
crypto.constants.defaultCipherList = 'X';
console.log(crypto.constants.defaultCipherList);
crypto.constants.RSA_NO_PADDING = 99;
console.log(crypto.constants.RSA_NO_PADDING);
for (const k of ['constants', 'webcrypto', 'getRandomValues', 'getFips']) {
  const pd = Object.getOwnPropertyDescriptor(crypto, k);
  console.log(k, 'value' in pd ? typeof pd.value : typeof pd.get, pd.enumerable, pd.configurable, pd.writable);
}
console.log(crypto.getRandomValues === crypto.getRandomValues, crypto.getFips());
