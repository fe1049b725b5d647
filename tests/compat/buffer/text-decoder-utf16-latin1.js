'use strict';
// TextDecoder for utf-16le, utf-16be and windows-1252 (decoded as Latin-1, as Node does).
const le = new TextDecoder('utf-16le');
const hex = (s) => [...s].map((c) => c.charCodeAt(0).toString(16)).join('.');
for (const h of ['4100', '410042', 'fffe4100', '00d84100', '3dd800de', '00dc', '']) {
  console.log('le', h, hex(le.decode(Buffer.from(h, 'hex'))));
}
const be = new TextDecoder('utf-16be');
for (const h of ['0041', '004100', 'feff0041', 'd83dde00', 'd800']) console.log('be', h, hex(be.decode(Buffer.from(h, 'hex'))));
const s = new TextDecoder('utf-16le');
const parts = [[0x41], [0x00, 0x3d], [0xd8, 0x00], [0xde]].map((c) => hex(s.decode(Buffer.from(c), { stream: true })));
console.log(parts.join(' | '), hex(s.decode()));
const f = new TextDecoder('utf-16le', { fatal: true });
for (const h of ['00d8', '4100', '41']) {
  try { console.log('fatal', h, hex(f.decode(Buffer.from(h, 'hex')))); } catch (e) { console.log('fatal', h, e.code, e.message); }
}
const l1 = new TextDecoder('latin1');
console.log(l1.encoding, hex(l1.decode(Buffer.from([0x41, 0x80, 0x9f, 0xe9, 0xff]))));
try { l1.decode('x'); } catch (e) { console.log(e.code, e.message); }
try { le.decode(1); } catch (e) { console.log(e.code, e.message); }
