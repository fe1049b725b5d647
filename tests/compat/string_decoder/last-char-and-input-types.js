'use strict';
// lastChar is a 4-byte Buffer view whose bytes show the held partial character for
// utf8, utf16le and base64; constructor name/lengths; calling without new; module
// keys; write()/end() with ArrayBuffer (ERR_INVALID_ARG_TYPE), strings, undefined,
// null and '' (strings pass through, end(null) just flushes).
const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
d.write(Buffer.from([0xe2]));
console.log(d.lastChar, d.lastChar.length, Buffer.isBuffer(d.lastChar));
const e = new StringDecoder('utf16le');
e.write(Buffer.from([0x3d, 0xd8, 0x00]));
console.log(e.lastChar, e.lastNeed, e.lastTotal);
const f = new StringDecoder('base64');
f.write(Buffer.from([1, 2]));
console.log(f.lastChar, f.lastNeed, f.lastTotal);
console.log(StringDecoder.name, StringDecoder.length, typeof StringDecoder.prototype.write, StringDecoder.prototype.write.length,
  StringDecoder.prototype.end.length, StringDecoder.prototype.text.length);
try { StringDecoder('utf8'); console.log('call ok'); } catch (err) { console.log(err.name); }
console.log(Object.keys(require('string_decoder')));
const g = new StringDecoder('utf8');
try { g.write(new ArrayBuffer(2)); } catch (err) { console.log(err.code, err.message); }
try { g.write('abc'); console.log(JSON.stringify(g.write('abc'))); } catch (err) { console.log(err.code, err.message); }
try { console.log(g.write(undefined)); } catch (err) { console.log(err.code, err.message); }
try { console.log(JSON.stringify(g.end(null))); } catch (err) { console.log(err.code, err.message); }
try { console.log(JSON.stringify(g.end(''))); } catch (err) { console.log(err.code, err.message); }
