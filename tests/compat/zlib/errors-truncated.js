// Truncated input: 'unexpected end of file' (Z_BUF_ERROR); with finishFlush
// Z_SYNC_FLUSH the partial output is returned instead.
const zlib = require('zlib');
const text = 'truncated input '.repeat(50);
const gz = zlib.gzipSync(text);
const cut = gz.subarray(0, gz.length - 10);
try { zlib.gunzipSync(cut); } catch (e) { console.log(e.message, e.code, e.errno); }
try { zlib.inflateSync(zlib.deflateSync(text).subarray(0, 5)); } catch (e) { console.log(e.message, e.code, e.errno); }
try { zlib.inflateRawSync(Buffer.alloc(0)); } catch (e) { console.log('empty raw', e.message, e.code, e.errno); }
try { zlib.gunzipSync(Buffer.alloc(0)); } catch (e) { console.log('empty gzip', e.message, e.code, e.errno); }
const partial = zlib.gunzipSync(cut, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
console.log('partial', partial.length, text.startsWith(partial.toString()));
zlib.gunzip(cut, (err) => {
  console.log('async', err.message, err.code, err.errno);
  const g = zlib.createGunzip();
  let n = 0;
  g.on('data', (d) => { n += d.length; });
  g.on('error', (e) => console.log('stream error', e.code, n === text.length || n < text.length));
  g.on('close', () => console.log('close'));
  g.end(cut);
});
