'use strict';
// indexOf/lastIndexOf/includes with a utf8 string needle holding lone surrogates: Node
// 20 encodes the needle with V8's WriteUtf8 without replacement, i.e. as 3-byte
// ED xx xx sequences (not EF BF BD), so it finds CESU-style bytes and not U+FFFD.
const z = Buffer.from([0x61, 0xed, 0xa0, 0x80, 0xed, 0xb0, 0x80]);
console.log(z.indexOf('\ud800'), z.indexOf('\udc00'), z.lastIndexOf('\ud800'), z.includes('a\ud800'), z.indexOf('\ud800\udc00'),
  z.indexOf('\ud800', 0, 'utf-8'));
const x = Buffer.from('a\ufffdb');
console.log(x.indexOf('\ud800'), x.indexOf('\ufffd'), x.includes('\ud800'), x.indexOf('\ud800b'), x.indexOf('a\ud800'),
  x.indexOf(Buffer.from('\ud800')), x.lastIndexOf('\ud800'));
const y = Buffer.from('a\ufffd\ufffdb');
console.log(y.indexOf('\ud800\udc00'), y.indexOf('\udc00\ud800'), y.indexOf('\udc00'), Buffer.from('\ud83d\ude00').indexOf('\ud83d\ude00'));
