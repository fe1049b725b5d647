'use strict';
// Unknown encodings and non-buffer input.
const { StringDecoder } = require('string_decoder');
for (const enc of ['bogus', 'utf16', 1, 'utf-9']) {
  try { new StringDecoder(enc); console.log('ok', enc); } catch (e) { console.log(String(enc), e.code, e.name, e.message); }
}
console.log(new StringDecoder().encoding, new StringDecoder(null).encoding, new StringDecoder('').encoding,
  new StringDecoder('UTF-8').encoding, new StringDecoder('ucs-2').encoding, new StringDecoder('binary').encoding);
const d = new StringDecoder('utf8');
for (const v of [null, 5, {}, [1, 2]]) {
  try { d.write(v); } catch (e) { console.log(e.code, e.name, e.message); }
}
try { d.end(5); } catch (e) { console.log(e.code, e.name); }
