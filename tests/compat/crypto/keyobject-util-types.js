// util.types.isKeyObject knows node:crypto's KeyObjects (secret, public, private) and
// nothing else; isCryptoKey is false for them; a revoked proxy throws, as in Node.
const crypto = require('crypto');
const { types } = require('util');
const secret = crypto.createSecretKey(Buffer.from('0123456789abcdef'));
const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
for (const [name, v] of [['secret', secret], ['public', publicKey], ['private', privateKey], ['object', {}],
  ['buffer', Buffer.alloc(1)], ['null', null], ['prototype', crypto.KeyObject.prototype]]) {
  console.log(name, types.isKeyObject(v), types.isCryptoKey(v));
}
const { proxy, revoke } = Proxy.revocable({}, {});
revoke();
try {
  types.isKeyObject(proxy);
} catch (e) {
  console.log('revoked', e.name);
}
