// Preset dictionaries: deflate/inflate and raw, a missing or wrong dictionary.
const zlib = require('zlib');
const dictionary = Buffer.from('the common words of the dictionary: hello world');
const text = 'hello world, the dictionary helps the common words';
const packed = zlib.deflateSync(text, { dictionary });
console.log('dict id flag', (packed[1] & 0x20) !== 0);
console.log(zlib.inflateSync(packed, { dictionary }).toString());
console.log(zlib.unzipSync(packed, { dictionary }).toString());
function err(label, fn) {
  try { fn(); console.log(label, 'no error'); } catch (e) { console.log(label, e.message, e.code, e.errno); }
}
err('missing', () => zlib.inflateSync(packed));
err('wrong', () => zlib.inflateSync(packed, { dictionary: Buffer.from('another dictionary') }));
const raw = zlib.deflateRawSync(text, { dictionary });
console.log('raw', zlib.inflateRawSync(raw, { dictionary }).toString());
err('raw without', () => zlib.inflateRawSync(raw));
// Typed arrays and ArrayBuffers are dictionaries too.
const u16 = new Uint16Array(dictionary.buffer.slice(dictionary.byteOffset, dictionary.byteOffset + 48));
console.log(zlib.inflateSync(zlib.deflateSync(text, { dictionary: u16 }), { dictionary: u16.buffer }).toString());
zlib.inflate(packed, (e) => {
  console.log('async missing', e.message, e.code, e.errno);
  zlib.inflate(packed, { dictionary }, (e2, out) => console.log('async', e2, out.toString()));
});
