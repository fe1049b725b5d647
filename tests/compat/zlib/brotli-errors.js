// Brotli errors: corrupt and truncated input, bad params, classes.
const zlib = require('zlib');
function show(label, e) { console.log(label, e.name, e.message, e.code, e.errno, Object.keys(e).join(',')); }
try { zlib.brotliDecompressSync(Buffer.from('definitely not brotli data')); } catch (e) { show('corrupt', e); }
const packed = zlib.brotliCompressSync('some text to cut short, some text to cut short');
try { zlib.brotliDecompressSync(packed.subarray(0, 8)); } catch (e) { show('truncated', e); }
const partial = zlib.brotliDecompressSync(packed.subarray(0, packed.length - 1), { finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
console.log('partial ok', 'some text to cut short, some text to cut short'.startsWith(partial.toString()));
for (const params of [{ 99: 1 }, { '-1': 1 }, { abc: 1 }, { 1: 'x' }, { 1: true }, { 1: 100 }]) {
  try { zlib.createBrotliCompress({ params }).close(); console.log(JSON.stringify(params), 'ok'); } catch (e) { show(JSON.stringify(params), e); }
}
for (const flush of [4, -1, 3]) {
  try { zlib.createBrotliCompress({ flush }).close(); console.log('flush', flush, 'ok'); } catch (e) { show('flush ' + flush, e); }
}
try { zlib.brotliDecompressSync(zlib.brotliCompressSync(Buffer.alloc(5000)), { maxOutputLength: 100 }); } catch (e) { show('max', e); }
const b = zlib.BrotliCompress();
console.log(b instanceof zlib.BrotliCompress, Object.getPrototypeOf(zlib.BrotliCompress).name,
  Object.getPrototypeOf(Object.getPrototypeOf(zlib.BrotliCompress)).name, b._handle.constructor.name, typeof b.params);
// One thread-pool job after the other: two at once finish in either order.
b.params(1, 0, () => {
  console.log('params cb');
  zlib.brotliDecompress(Buffer.from('nope nope nope'), (err) => {
    show('async', err);
    const d = zlib.createBrotliDecompress();
    d.on('error', (e) => show('stream', e));
    d.on('close', () => console.log('close'));
    d.end(Buffer.from([0xff, 0xff, 0xff, 0xff]));
  });
});
