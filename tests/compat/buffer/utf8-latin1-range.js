'use strict';
// Characters U+0080..U+00FF decode from two-byte UTF-8 and compare equal to strings
// built directly.
let s = '';
for (let c = 0x80; c <= 0xff; c++) s += String.fromCharCode(c);
const b = Buffer.from(s);
console.log(b.length, b.toString() === s, b.toString().length);
console.log(b.toString('utf8', 0, 9), JSON.stringify(b.toString('utf8', 1, 4)));
const mixed = Buffer.from('caf\u00e9 na\u00efve \u00fc\u00df');
console.log(mixed.toString(), mixed.length, mixed.toString().split('').map((c) => c.charCodeAt(0)).join(','));
