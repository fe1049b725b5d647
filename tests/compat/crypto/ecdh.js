// createECDH: key generation, fixed private keys (deterministic public keys in each
// point format), shared secrets, ECDH.convertKey and the errors.
const c = require('crypto');
const { t } = require('./fixtures/keytest');

const a = c.createECDH('prime256v1');
const b = c.createECDH('prime256v1');
t('public before', () => a.getPublicKey());
t('private before', () => a.getPrivateKey());
console.log(a.generateKeys().length, b.generateKeys('hex', 'compressed').length);
console.log(a.computeSecret(b.getPublicKey()).equals(b.computeSecret(a.getPublicKey('base64'), 'base64')));
console.log(a.computeSecret(b.getPublicKey(null, 'compressed'), null, 'hex') === b.computeSecret(a.getPublicKey(), null, 'hex'));
const fixed = c.createECDH('secp256k1');
console.log(fixed.setPrivateKey('0101010101010101010101010101010101010101010101010101010101010101', 'hex') === fixed);
console.log(fixed.getPublicKey('hex'));
console.log(fixed.getPublicKey('base64', 'compressed'), fixed.getPublicKey('hex', 'hybrid').slice(0, 4));
console.log(fixed.getPrivateKey('hex'), fixed.getPrivateKey().length);
const other = c.createECDH('secp256k1');
other.setPrivateKey(Buffer.alloc(32, 2));
console.log(fixed.computeSecret(other.getPublicKey()).toString('hex'), other.computeSecret(fixed.getPublicKey(), null, 'hex'));
t('short private', () => { const e = c.createECDH('secp256k1'); e.setPrivateKey(Buffer.concat([Buffer.alloc(1), Buffer.alloc(31, 1)])); return e.getPrivateKey().length; });
t('convert', () => c.ECDH.convertKey(fixed.getPublicKey(), 'secp256k1', null, 'hex', 'compressed'));
t('convert back', () => c.ECDH.convertKey(fixed.getPublicKey('hex', 'compressed'), 'secp256k1', 'hex', 'hex') === fixed.getPublicKey('hex'));
t('convert bad curve', () => c.ECDH.convertKey(fixed.getPublicKey(), 'nope'));
t('convert bad point', () => c.ECDH.convertKey(Buffer.from('0400', 'hex'), 'secp256k1'));
t('bad curve', () => c.createECDH('nope'));
t('curve number', () => c.createECDH(5));
t('bad format', () => a.getPublicKey('hex', 'nope'));
t('bad public', () => a.computeSecret(Buffer.from('0400', 'hex')));
t('other curve public', () => a.computeSecret(fixed.getPublicKey()));
t('zero private', () => c.createECDH('prime256v1').setPrivateKey(Buffer.alloc(32)));
t('set public bad', () => c.createECDH('prime256v1').setPublicKey(Buffer.from('04', 'hex')));
t('set public', () => { const e = c.createECDH('secp256k1'); e.setPublicKey(fixed.getPublicKey()); return e.getPublicKey('hex') === fixed.getPublicKey('hex'); });
t('secp384r1', () => { const e = c.createECDH('secp384r1'); return [e.generateKeys().length, e.getPrivateKey().length <= 48]; });
console.log(typeof c.ECDH, c.createECDH.length, Object.getOwnPropertyNames(c.ECDH.prototype));
console.log(c.ECDH('prime256v1') instanceof c.ECDH);
