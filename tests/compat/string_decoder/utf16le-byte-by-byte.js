'use strict';
// utf16le one byte at a time, including a pair split after its high surrogate.
const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf16le');
const out = [];
for (const byte of Buffer.from('x\u{1f600}\u00e9', 'utf16le')) {
  out.push([...d.write(Buffer.from([byte]))].map((c) => c.charCodeAt(0).toString(16)).join('.') || '-');
}
console.log(out.join(' '), JSON.stringify(d.end()), d.lastNeed, d.lastTotal);
