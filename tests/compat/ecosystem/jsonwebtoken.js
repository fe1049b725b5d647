'use strict';
// The npm package jsonwebtoken unchanged: HS256 with a string secret and with a
// secret KeyObject, RS256 and ES256 with the PEM keys of tests/compat/crypto, and
// verification that succeeds, meets a bad signature, an expired token (a fixed
// clock) and a wrong algorithm. Signing runs on KeyObjects, createSign/createVerify
// and crypto.sign/verify; RS256 and HS256 tokens are deterministic.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const pkg = require('./fixtures/pkg');
const jwt = pkg('jsonwebtoken');

const keys = path.join(__dirname, '..', 'crypto', 'fixtures', 'keys');
const read = (name) => fs.readFileSync(path.join(keys, name), 'utf8');
const now = 1700000000;  // the fixed clock: iat and clockTimestamp

function show(label, f) {
  try {
    const r = f();
    console.log(label, 'ok', typeof r === 'string' ? r : JSON.stringify(r));
  } catch (e) {
    console.log(label, e.name, JSON.stringify(e.message), e.expiredAt ? e.expiredAt.toISOString() : '');
  }
}

const payload = { sub: 'user-1', role: 'admin', iat: now };
// HS256, string secret.
const hs = jwt.sign(payload, 'shhhh', { algorithm: 'HS256', expiresIn: 60 });
console.log('hs256', hs);
show('hs verify', () => jwt.verify(hs, 'shhhh', { clockTimestamp: now + 10 }));
show('hs wrong secret', () => jwt.verify(hs, 'other', { clockTimestamp: now + 10 }));
show('hs expired', () => jwt.verify(hs, 'shhhh', { clockTimestamp: now + 61 }));
show('hs complete', () => jwt.verify(hs, 'shhhh', { clockTimestamp: now, complete: true }).header);
// HS256, secret KeyObject.
const secret = crypto.createSecretKey(Buffer.from('shhhh'));
const hsk = jwt.sign(payload, secret, { algorithm: 'HS256', expiresIn: 60 });
console.log('hs256 keyobject', hsk === hs);
show('hs keyobject verify', () => jwt.verify(hsk, secret, { clockTimestamp: now }));
show('hs keyobject with string', () => jwt.verify(hsk, 'shhhh', { clockTimestamp: now }).sub);
// RS256 with PEM keys (PKCS#1 v1.5: deterministic).
const rsaPriv = read('rsa-pkcs8.pem');
const rsaPub = read('rsa-spki.pem');
const rs = jwt.sign(payload, rsaPriv, { algorithm: 'RS256', keyid: 'k1' });
console.log('rs256', rs);
show('rs verify', () => jwt.verify(rs, rsaPub, { clockTimestamp: now }));
show('rs verify cert', () => jwt.verify(rs, read('cert.pem'), { clockTimestamp: now }).role);
show('rs verify keyobject', () => jwt.verify(rs, crypto.createPublicKey(rsaPub), { algorithms: ['RS256'] }).sub);
show('rs decode', () => jwt.decode(rs, { complete: true }).header);
const [h, p, s] = rs.split('.');
const tampered = `${h}.${Buffer.from(JSON.stringify({ ...payload, role: 'root' })).toString('base64url')}.${s}`;
show('rs tampered', () => jwt.verify(tampered, rsaPub));
show('rs bad signature', () => jwt.verify(`${h}.${p}.${s.slice(0, -4)}AAAA`, rsaPub));
show('rs wrong algorithm', () => jwt.verify(rs, rsaPub, { algorithms: ['ES256'] }));
show('rs with hs key', () => jwt.verify(rs, 'shhhh'));
show('hs with rsa key', () => jwt.verify(hs, rsaPub));
const rsNoKid = jwt.sign(payload, rsaPriv, { algorithm: 'RS256' });
show('rs with private keyobject', () => jwt.sign(payload, crypto.createPrivateKey(rsaPriv), { algorithm: 'RS256' }) === rsNoKid);
show('ps256', () => {
  const t = jwt.sign(payload, rsaPriv, { algorithm: 'PS256' });
  return [t.split('.')[2].length, jwt.verify(t, rsaPub).sub];
});
// ES256 with PEM keys (ECDSA: randomized, so checked by verification).
const ecPriv = read('ec-P-256-pkcs8.pem');
const ecPub = read('ec-P-256-spki.pem');
const es = jwt.sign(payload, ecPriv, { algorithm: 'ES256', expiresIn: '1h' });
const [eh, ep, esig] = es.split('.');
console.log('es256', eh, ep, Buffer.from(esig, 'base64url').length);
show('es verify', () => jwt.verify(es, ecPub, { clockTimestamp: now + 100 }));
show('es expired', () => jwt.verify(es, ecPub, { clockTimestamp: now + 3601 }));
show('es other key', () => jwt.verify(es, read('ec-secp256k1-spki.pem')));
show('es with rsa key', () => jwt.verify(es, rsaPub));
show('es256 with p384 key', () => jwt.sign(payload, read('ec-P-384-pkcs8.pem'), { algorithm: 'ES256' }));
show('es384', () => jwt.verify(jwt.sign(payload, read('ec-P-384-pkcs8.pem'), { algorithm: 'ES384' }), read('ec-P-384-spki.pem')).sub);
show('rs256 with ec key', () => jwt.sign(payload, ecPriv, { algorithm: 'RS256' }));
show('none alg', () => jwt.verify(jwt.sign(payload, null, { algorithm: 'none' }), rsaPub));
jwt.sign(payload, rsaPriv, { algorithm: 'RS256' }, (err, token) => {
  console.log('async sign', err, token === rsNoKid);
  jwt.verify(token, rsaPub, { clockTimestamp: now }, (err2, decoded) => console.log('async verify', err2, decoded.sub));
});
