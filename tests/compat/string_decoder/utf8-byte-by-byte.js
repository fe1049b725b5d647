'use strict';
// One byte per write(): each character appears once its last byte arrives.
const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf-8');
const buf = Buffer.from('x\u00e9\u20ac\u{1f600}y');
const outs = [];
for (const byte of buf) outs.push(JSON.stringify(d.write(Buffer.from([byte]))));
console.log(outs.join(' '), JSON.stringify(d.end()), d.encoding);
