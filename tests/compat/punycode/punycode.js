'use strict';
// node:punycode is punycode.js 2.1.0, required without a warning in Node 20.
const punycode = require('punycode');

console.log(punycode === require('node:punycode'), punycode.version);
console.log(Object.keys(punycode).join(','), Object.keys(punycode.ucs2).join(','));
console.log(require('module').builtinModules.includes('punycode'));

for (const s of ['mañana', 'bücher', '☃-⌘', 'ليهمابتكلموشعربي؟', '他们为什么不说中文', 'abc', '']) {
  const enc = punycode.encode(s);
  console.log(JSON.stringify(s), enc, punycode.decode(enc) === s);
}
for (const d of ['mañana.com', 'Bücher.example', '☃-⌘.com', 'xn--maana-pta.com', 'user@mañana.com', 'example.com', '日本語。ＪＰ']) {
  console.log(d, punycode.toASCII(d), punycode.toUnicode(punycode.toASCII(d)));
}
console.log(punycode.toUnicode('xn--ls8h.la'), punycode.toASCII('💩.la'));
console.log(JSON.stringify(punycode.ucs2.decode('\uD834\uDF06ab')), punycode.ucs2.encode([0x1D306, 97, 98]) === '\uD834\uDF06ab');

for (const bad of ['xn--', '\x81-', 'ü-']) {
  try {
    console.log('decoded', JSON.stringify(punycode.decode(bad)));
  } catch (err) {
    console.log(bad.length, err.constructor.name, err.message);
  }
}
