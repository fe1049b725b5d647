'use strict';
// createSecureContext: argument checks and OpenSSL's refusals, as Node reports them.
const tls = require('tls');
const { pem, describe } = require('./fixtures/common');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.code?.startsWith('ERR_TLS') || e.code === 'ERR_INVALID_ARG_TYPE' ? e.message : '');
  }
}
attempt('encrypted key + passphrase', () => tls.createSecureContext({ key: pem('key-pass'), passphrase: 'secret', cert: pem('server') }));
attempt('key object passphrase', () => tls.createSecureContext({ key: [{ pem: pem('key-pass'), passphrase: 'secret' }], cert: pem('server') }));
attempt('string PEMs', () => tls.createSecureContext({ key: pem('server-key').toString(), cert: pem('server').toString(), ca: [pem('ca').toString()] }));
attempt('bad minVersion', () => tls.createSecureContext({ minVersion: 'TLSv9' }));
attempt('bad maxVersion', () => tls.createSecureContext({ maxVersion: 'SSLv3' }));
attempt('secureProtocol conflict', () => tls.createSecureContext({ secureProtocol: 'TLSv1_2_method', minVersion: 'TLSv1.2' }));
attempt('cert type', () => tls.createSecureContext({ cert: 42 }));
attempt('key type', () => tls.createSecureContext({ key: true }));
attempt('options type', () => tls.createSecureContext('x'));
attempt('mismatched key', () => tls.createSecureContext({ key: pem('self-key'), cert: pem('server') }));
try {
  tls.createSecureContext({ key: 'not a pem' });
} catch (e) {
  console.log('garbage key', e instanceof Error, typeof e.message, typeof e.code);
}
try {
  tls.createSecureContext({ key: pem('key-pass'), passphrase: 'wrong' });
} catch (e) {
  console.log('wrong passphrase', e instanceof Error, typeof e.code);
}
try {
  tls.createSecureContext({ key: pem('server-key'), cert: pem('self') });
} catch (e) {
  console.log('key/cert mismatch', describe(e));
}
