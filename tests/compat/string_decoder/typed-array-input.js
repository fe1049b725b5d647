'use strict';
// Any ArrayBufferView is accepted: its bytes are decoded.
const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
const bytes = Buffer.from('h\u00e9llo \u20ac');
const u16 = new Uint16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + 10));
console.log(JSON.stringify(d.write(u16)), JSON.stringify(d.write(new Uint8Array(bytes.subarray(10)))), JSON.stringify(d.end()));
const ab = new Uint8Array([0x64, 0x76, 0xc3, 0xa9, 0x21]).buffer;
console.log(JSON.stringify(new StringDecoder('utf8').write(new DataView(ab, 1, 3))));
console.log(JSON.stringify(new StringDecoder('hex').write(new Uint32Array([0x01020304]))));
