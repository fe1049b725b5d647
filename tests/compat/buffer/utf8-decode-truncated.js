'use strict';
// Every proper prefix of a multi-byte character, alone and followed by ASCII, becomes
// exactly one U+FFFD (the maximal subpart rule).
for (const ch of ['\u00e9', '\u20ac', '\u{1f600}', '\u{10ffff}']) {
  const full = Buffer.from(ch);
  for (let n = 1; n < full.length; n++) {
    const part = full.subarray(0, n);
    const alone = part.toString();
    const followed = Buffer.concat([part, Buffer.from('x')]).toString();
    const doubled = Buffer.concat([part, part]).toString();
    console.log(full.toString('hex'), n, JSON.stringify(alone), JSON.stringify(followed), JSON.stringify(doubled));
  }
}
