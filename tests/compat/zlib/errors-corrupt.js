// Corrupt input: Node's message, code and errno, sync, async and as a stream error.
const zlib = require('zlib');
const junk = Buffer.from('this is not compressed data at all');
function show(label, e) {
  console.log(label, e.constructor.name, e.message, e.code, e.errno, Object.keys(e).join(','));
}
for (const f of ['inflateSync', 'gunzipSync', 'unzipSync', 'inflateRawSync']) {
  try { zlib[f](junk); console.log(f, 'no error'); } catch (e) { show(f, e); }
}
// A corrupt block after a valid header.
const bad = zlib.deflateSync('hello world hello world');
bad[3] ^= 0xff;
try { zlib.inflateSync(bad); } catch (e) { show('bad block', e); }
// A wrong checksum.
const sum = zlib.gzipSync('checksum');
sum[sum.length - 6] ^= 1;
try { zlib.gunzipSync(sum); } catch (e) { show('bad crc', e); }
zlib.gunzip(junk, (err, res) => {
  show('async', err);
  console.log('result', res);
  const s = zlib.createInflate();
  s.on('data', () => console.log('data'));
  s.on('error', (e) => { show('stream', e); console.log('destroyed', s.destroyed); });
  s.on('close', () => console.log('close', s._closed));
  s.on('end', () => console.log('end'));
  s.on('finish', () => console.log('finish'));
  s.write(junk);
});
