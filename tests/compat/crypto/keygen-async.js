// generateKeyPair with a callback (the key is made on the thread pool): the keys or
// encodings in the callback after synchronous code, errors of the options thrown
// at once, failures of the generation given to the callback.
const c = require('crypto');
const { inspect } = require('util');

const lines = [];
const out = (...args) => lines.push(args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' '));

let n = 0;
c.generateKeyPair('rsa', { modulusLength: 1024 }, function (err, publicKey, privateKey) {
  out('rsa', err, publicKey.type, privateKey.asymmetricKeyDetails, arguments.length, typeof this);
  n++;
});
c.generateKeyPair('ec', { namedCurve: 'P-256', publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'sec1', format: 'der' } },
  (err, publicKey, privateKey) => {
    out('ec', err, publicKey.split('\n')[0], Buffer.isBuffer(privateKey));
    n++;
  });
c.generateKeyPair('ed25519', (err, publicKey, privateKey) => {
  out('ed25519 no options', err, publicKey.asymmetricKeyType, privateKey.type);
  n++;
});
c.generateKeyPair('rsa', { modulusLength: 128 }, (err, publicKey, privateKey) => {
  out('too small', err instanceof Error, err.message, Object.keys(err), publicKey, privateKey);
  n++;
});
c.generateKey('hmac', { length: 123 }, (err, key) => { out('hmac', err, key.symmetricKeySize); n++; });
c.generateKey('aes', { length: 256 }, (err, key) => { out('aes', err, key.type, key.symmetricKeySize); n++; });
for (const bad of [
  () => c.generateKeyPair('rsa', { modulusLength: 1024 }),
  () => c.generateKeyPair('ec', { namedCurve: 'nope' }, () => {}),
  () => c.generateKeyPair('dsa2', {}, () => {}),
  () => c.generateKeyPair('rsa', { modulusLength: 1024, privateKeyEncoding: { format: 'pem' } }, () => {}),
  () => c.generateKey('hmac', { length: 1 }, () => {}),
  () => c.generateKey('aes', { length: 256 }),
]) {
  try { bad(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log('sync end');
// Thread pool jobs finish in any order: their results are printed sorted at exit.
process.on('exit', () => { for (const line of lines.sort()) console.log(line); console.log('callbacks', n); });
