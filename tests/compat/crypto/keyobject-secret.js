// createSecretKey: inputs and encodings, symmetricKeySize, export as a Buffer and as
// a JWK, equals, and the input errors.
const c = require('crypto');
const { t } = require('./fixtures/keytest');

const k = c.createSecretKey(Buffer.from('hello world'));
console.log(k.type, k.symmetricKeySize, k.asymmetricKeyType, k.asymmetricKeyDetails);
t('export', () => k.export());
t('export buffer', () => k.export({ format: 'buffer' }));
t('export jwk', () => k.export({ format: 'jwk' }));
t('export {}', () => k.export({}));
t('export pem', () => k.export({ format: 'pem' }));
t('export null', () => k.export(null));
t('export string', () => k.export('jwk'));
t('export copy', () => { const a = k.export(); a[0] = 0; return k.export()[0]; });
t('hex', () => c.createSecretKey('00ff10', 'hex').export());
t('base64', () => c.createSecretKey('aGVsbG8=', 'base64').symmetricKeySize);
t('utf8 string', () => c.createSecretKey('héllo').export());
t('arraybuffer', () => c.createSecretKey(new Uint8Array([1, 2, 3]).buffer).export());
t('uint16', () => c.createSecretKey(new Uint16Array([0x102, 0x304])).export());
t('dataview', () => c.createSecretKey(new DataView(new Uint8Array([9, 8, 7, 6]).buffer, 1, 2)).export());
t('jwk 1 byte', () => c.createSecretKey(Buffer.from([0xfb])).export({ format: 'jwk' }));
t('big', () => c.createSecretKey(Buffer.alloc(1024, 7)).symmetricKeySize);
t('empty', () => c.createSecretKey(Buffer.alloc(0)).symmetricKeySize);
t('empty string', () => c.createSecretKey('').export());
t('number', () => c.createSecretKey(5));
t('object', () => c.createSecretKey({ kty: 'oct', k: 'AAAA' }));
t('keyobject', () => c.createSecretKey(k));
t('undefined', () => c.createSecretKey());
console.log(k.equals(c.createSecretKey('hello world')), k.equals(c.createSecretKey('hello worle')),
  k.equals(c.createSecretKey('hello')), k.equals(k));
