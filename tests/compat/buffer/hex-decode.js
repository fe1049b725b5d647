'use strict';
// hex decoding stops at the first pair that is not two hex digits; an odd last digit
// is ignored; upper and lower case work.
const cases = ['', '0', '00', 'ab', 'AB', 'aB', 'abc', 'abcd', 'abcx', 'xabc', 'a', '0g12', '12g4', '1 23',
  ' 123', 'ffFF00', '\u0141\u0141', '4\u0131', 'deadbeefz', '-1', '0x12'];
for (const s of cases) {
  console.log(JSON.stringify(s), Buffer.from(s, 'hex').toString('hex'), Buffer.byteLength(s, 'hex'));
}
