'use strict';
// hex, latin1, binary and ascii decoders never hold bytes back.
const { StringDecoder } = require('string_decoder');
const data = Buffer.from([0x00, 0x41, 0x7f, 0x80, 0xe9, 0xff]);
for (const enc of ['hex', 'latin1', 'binary', 'ascii', 'HEX', 'Latin1']) {
  const d = new StringDecoder(enc);
  const parts = [d.write(data.subarray(0, 3)), d.write(data.subarray(3)), d.end()];
  console.log(enc, d.encoding, JSON.stringify(parts), d.lastNeed, d.lastTotal);
}
