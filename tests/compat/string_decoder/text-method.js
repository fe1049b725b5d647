'use strict';
// The legacy text(buf, offset) helper decodes from offset on and keeps the tail.
const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
console.log(JSON.stringify(d.text(Buffer.from('abc\u20ac'), 1)), JSON.stringify(d.text(Buffer.from([0x41, 0xe2, 0x82]), 0)),
  JSON.stringify(d.end()));
