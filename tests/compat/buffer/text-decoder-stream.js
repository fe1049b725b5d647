'use strict';
// Streaming decode: every split point of a mixed UTF-8 buffer, BOM at the start of
// a stream only, and fatal errors for a character left open at the end.
const data = Buffer.from('\ufeffa\u00e9\u20ac\u{1f600}z');
for (let i = 0; i <= data.length; i++) {
  const td = new TextDecoder();
  const a = td.decode(data.subarray(0, i), { stream: true });
  const b = td.decode(data.subarray(i));
  console.log(i, JSON.stringify(a), JSON.stringify(b), a + b === 'a\u00e9\u20ac\u{1f600}z');
}
const td = new TextDecoder();
console.log(JSON.stringify(td.decode(Buffer.from([0xef, 0xbb]), { stream: true })), JSON.stringify(td.decode(Buffer.from([0xbf, 0x41]), { stream: true })),
  JSON.stringify(td.decode(Buffer.from([0xef, 0xbb, 0xbf]))), JSON.stringify(td.decode(Buffer.from([0xef, 0xbb, 0xbf, 0x42]))));
const bad = new TextDecoder('utf-8', { fatal: true });
console.log(JSON.stringify(bad.decode(Buffer.from([0xe2, 0x82]), { stream: true })));
try { bad.decode(); } catch (e) { console.log(e.code, e.message); }
console.log(JSON.stringify(bad.decode(Buffer.from('ok'))));
const soft = new TextDecoder();
console.log(JSON.stringify(soft.decode(Buffer.from([0xf0, 0x9f]), { stream: true }) + soft.decode(Buffer.from([0x41]), { stream: true }) + soft.decode()));
console.log(JSON.stringify(soft.decode(Buffer.from([0xe0, 0x80]), { stream: true })), JSON.stringify(soft.decode(Buffer.from([0xed, 0xa0]), { stream: true })), JSON.stringify(soft.decode()));
