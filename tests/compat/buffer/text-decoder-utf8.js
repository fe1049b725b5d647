'use strict';
// TextDecoder for utf-8: BOM handling, fatal mode, views and bad input.
const td = new TextDecoder();
console.log(td.encoding, td.fatal, td.ignoreBOM, TextDecoder === require('util').TextDecoder);
const bom = [0xef, 0xbb, 0xbf, 0x41];
console.log(JSON.stringify(td.decode(new Uint8Array(bom))), JSON.stringify(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array(bom))));
console.log(JSON.stringify(td.decode(new Uint8Array([0x41, 0xef, 0xbb, 0xbf]))), JSON.stringify(td.decode(new Uint8Array([0xef, 0xbb, 0xbf]))));
const fatal = new TextDecoder('utf8', { fatal: true });
for (const hex of ['41', 'c3a9', 'ff', 'e282', 'eda080', 'f09f9880', 'c0af']) {
  try { console.log(hex, JSON.stringify(fatal.decode(Buffer.from(hex, 'hex')))); } catch (e) { console.log(hex, e.code, e.name, e.message); }
}
const ab = new Uint8Array([0x68, 0x69, 0x21]).buffer;
console.log(td.decode(ab), td.decode(new DataView(ab, 1)), td.decode(new Uint16Array(ab.slice(0, 2))), td.decode(), JSON.stringify(td.decode(undefined)));
for (const v of ['str', 5, null, {}]) {
  try { td.decode(v); } catch (e) { console.log(e.code, e.name, e.message); }
}
for (const label of ['utf-8', 'UTF8', ' utf-8 ', 'unicode-1-1-utf-8', 'latin1', 'ascii', 'utf-16', 'utf-16be', 'ucs-2', 'x', '']) {
  try { console.log(JSON.stringify(label), new TextDecoder(label).encoding); } catch (e) { console.log(JSON.stringify(label), e.code, e.name, e.message); }
}
try { new TextDecoder('utf8', 5); } catch (e) { console.log(e.code, e.name, e.message); }
console.log(Object.prototype.toString.call(td));
