'use strict';
// end() flushes an incomplete character as U+FFFD and resets the decoder.
const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
console.log(JSON.stringify(d.write(Buffer.from([0xe2, 0x82]))), JSON.stringify(d.end()));
console.log(JSON.stringify(d.write(Buffer.from('ok'))), JSON.stringify(d.end(Buffer.from([0xf0, 0x9f, 0x98]))));
console.log(JSON.stringify(d.end(Buffer.from([0xc3, 0xa9]))), JSON.stringify(d.end()), JSON.stringify(d.end('str')));
console.log(JSON.stringify(d.write('plain string')), JSON.stringify(d.write(Buffer.alloc(0))));
