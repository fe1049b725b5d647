'use strict';
// base64/base64url: bytes are grouped in threes across writes; end() pads the rest.
const { StringDecoder } = require('string_decoder');
for (const enc of ['base64', 'base64url']) {
  const data = Buffer.from([0xfb, 0xff, 0x00, 0x61, 0x62, 0xfe, 0x10]);
  for (const size of [1, 2, 3, 4, 5]) {
    const d = new StringDecoder(enc);
    const out = [];
    for (let i = 0; i < data.length; i += size) out.push(d.write(data.subarray(i, i + size)));
    out.push(d.end());
    console.log(enc, size, JSON.stringify(out), out.join('') === data.toString(enc));
  }
}
const d = new StringDecoder('base64');
console.log(JSON.stringify(d.end(Buffer.from('a'))), JSON.stringify(d.write(Buffer.from('ab'))), JSON.stringify(d.end(Buffer.from('c'))));
