'use strict';
// Whitespace and characters outside the alphabet are skipped, both alphabets work,
// and a 16-bit character counts as its low byte (as in Node).
const cases = ['QUJD RA==', 'Q U J D', 'QUJD\nREVG\nR0g=', '\tQUJD\r\n', 'QU!JD', 'QU*J#D', '-_-_', '+/+/',
  '-_+/', 'QU\u00e9JD', '\u0141QQQ', '\u0100QUJD', 'QUJD\u013d', '....', 'QUJDR', 'QUJDREU', ' Q ', 'a b c d e f'];
for (const s of cases) {
  console.log(JSON.stringify(s), Buffer.from(s, 'base64').toString('hex'), Buffer.from(s, 'base64url').toString('hex'));
}
