// Keys that are not keys: garbage and truncated PEM, a public key where a private one
// is needed, and the OpenSSL errors (code, library, reason) Node reports for them.
const c = require('crypto');
const { read, t } = require('./fixtures/keytest');

t('garbage private', () => c.createPrivateKey('garbage'));
t('garbage public', () => c.createPublicKey('garbage'));
t('empty private', () => c.createPrivateKey(''));
t('empty public', () => c.createPublicKey(Buffer.alloc(0)));
t('spki as private', () => c.createPrivateKey(read('rsa-spki.pem')));
t('truncated', () => c.createPrivateKey(read('rsa-pkcs8.pem', 'utf8').slice(0, 300) + '\n-----END PRIVATE KEY-----\n'));
t('bad base64', () => c.createPublicKey('-----BEGIN PUBLIC KEY-----\n!!!!\n-----END PUBLIC KEY-----\n'));
t('bad body', () => c.createPublicKey('-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n'));
t('bad rsa pub', () => c.createPublicKey('-----BEGIN RSA PUBLIC KEY-----\nAAAA\n-----END RSA PUBLIC KEY-----\n'));
t('unknown label', () => c.createPrivateKey('-----BEGIN FOO-----\nAAAA\n-----END FOO-----\n'));
t('der bytes as pem', () => c.createPrivateKey(read('rsa-pkcs8.der')));
