// require('crypto') and require('node:crypto') are the same module with the API
// this runtime provides; express/ws/uuid style uses work.
const a = require('crypto');
const b = require('node:crypto');
console.log(a === b, typeof a);
for (const k of ['createHash', 'createHmac', 'getHashes', 'getCiphers', 'timingSafeEqual', 'randomBytes', 'randomFillSync',
  'randomFill', 'randomInt', 'randomUUID', 'getRandomValues', 'pbkdf2', 'pbkdf2Sync', 'scrypt', 'scryptSync', 'hkdf',
  'hkdfSync', 'Hash', 'Hmac', 'hash', 'createCipheriv', 'createDecipheriv', 'Cipheriv', 'Decipheriv', 'getFips']) {
  console.log(k, typeof a[k], a[k].name, a[k].length);
}
console.log(typeof a.constants, typeof a.webcrypto);
console.log(require('module').isBuiltin('crypto'), require('module').isBuiltin('node:crypto'));
console.log(require('module').builtinModules.includes('crypto'));
// uuid v4 (uuid@9): rnds8 from randomFillSync.
const rnds8 = new Uint8Array(16);
a.randomFillSync(rnds8);
rnds8[6] = (rnds8[6] & 0x0f) | 0x40;
rnds8[8] = (rnds8[8] & 0x3f) | 0x80;
console.log(Buffer.from(rnds8).toString('hex').length);
// ws: the handshake's Sec-WebSocket-Accept (RFC 6455 example).
console.log(a.createHash('sha1').update('dGhlIHNhbXBsZSBub25jZQ==' + '258EAFA5-E914-47DA-95CA-C5AB0DC85B11').digest('base64'));
// cookie-signature: sign and unsign.
const sign = (val, secret) => val + '.' + a.createHmac('sha256', secret).update(val).digest('base64').replace(/=+$/, '');
const signed = sign('hello', 'tobiiscool');
console.log(signed);
const mac = sign('hello', 'tobiiscool');
console.log(a.timingSafeEqual(Buffer.from(mac), Buffer.from(signed)));
