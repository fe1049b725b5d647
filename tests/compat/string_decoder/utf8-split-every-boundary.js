'use strict';
// A mixed UTF-8 buffer written in two pieces, split at every position: the output
// never breaks a character and always joins to the full string.
const { StringDecoder } = require('string_decoder');
const text = 'a\u00e9\u20ac\u{1f600}b\u0800\u{10ffff}z';
const buf = Buffer.from(text);
for (let i = 0; i <= buf.length; i++) {
  const d = new StringDecoder('utf8');
  const first = d.write(buf.subarray(0, i));
  const second = d.write(buf.subarray(i));
  const rest = d.end();
  console.log(i, JSON.stringify(first), JSON.stringify(second), JSON.stringify(rest), first + second + rest === text);
}
