'use strict';
// The TypeError thrown by a fatal TextDecoder has only `code` as an own enumerable
// property (no `errno`), so console.log of it shows `{ code: ... }`.
const util = require('util');
for (const [enc, bytes] of [['utf-8', [0xff]], ['utf-16le', [0x00, 0xd8]]]) {
  try { new TextDecoder(enc, { fatal: true }).decode(Buffer.from(bytes)); } catch (e) {
    e.stack = 'STACK';
    console.log(util.inspect(e), Object.keys(e), 'errno' in e, e.name, e.message);
  }
}
