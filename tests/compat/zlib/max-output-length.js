// maxOutputLength: RangeError ERR_BUFFER_TOO_LARGE, sync and async; its range.
const zlib = require('zlib');
const packed = zlib.deflateSync(Buffer.alloc(100000, 'x'));
function show(label, e) { console.log(label, e.name, e.code, e.message, String(e)); }
try { zlib.inflateSync(packed, { maxOutputLength: 1000 }); } catch (e) { show('sync', e); }
console.log('exact', zlib.inflateSync(packed, { maxOutputLength: 100000 }).length);
try { zlib.inflateSync(packed, { maxOutputLength: 99999, chunkSize: 100000 }); } catch (e) { show('one chunk', e); }
for (const v of [0, -1, 2 ** 33, 'x', Infinity]) {
  try { zlib.createInflate({ maxOutputLength: v }); console.log(v, 'accepted'); } catch (e) { show(String(v), e); }
}
console.log(zlib.inflateSync(packed, { maxOutputLength: NaN }).length);
zlib.inflate(packed, { maxOutputLength: 20000 }, (err, res) => {
  show('async', err);
  console.log('res', res);
  zlib.gunzip(zlib.gzipSync('small'), { maxOutputLength: 5 }, (err2, res2) => console.log('fits', err2, res2.toString()));
});
