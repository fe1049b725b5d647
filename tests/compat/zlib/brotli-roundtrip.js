// Brotli: sync, async and stream round trips, params, flush and event order.
// (Compressed bytes depend on the Brotli version: only round trips are compared.)
const zlib = require('zlib');
const input = Buffer.from('brotli brotli brotli compresses text quite well. '.repeat(400));
const packed = zlib.brotliCompressSync(input);
console.log('sync', packed.length < input.length / 10, zlib.brotliDecompressSync(packed).equals(input));
console.log('empty', zlib.brotliDecompressSync(zlib.brotliCompressSync('')).length);
const q = zlib.constants.BROTLI_PARAM_QUALITY;
for (const quality of [0, 5, 11]) {
  const p = zlib.brotliCompressSync(input, { params: { [q]: quality, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: input.length } });
  console.log('quality', quality, zlib.brotliDecompressSync(p).equals(input));
}
const text = zlib.brotliCompressSync('mode text', { params: { [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT, [zlib.constants.BROTLI_PARAM_LGWIN]: 10 } });
console.log(zlib.brotliDecompressSync(text).toString());
const info = zlib.brotliCompressSync('info', { info: true });
console.log(Object.keys(info), info.engine instanceof zlib.BrotliCompress, info.engine._closed);
zlib.brotliCompress(input, (err, out) => {
  console.log('async', err, zlib.brotliDecompressSync(out).equals(input));
  zlib.brotliDecompress(out, { chunkSize: 1024 }, (err2, back) => {
    console.log('async back', err2, back.equals(input));
    const c = zlib.createBrotliCompress();
    const d = zlib.createBrotliDecompress();
    const events = [];
    let got = '';
    c.on('data', (chunk) => { events.push('c:data'); d.write(chunk); });
    c.on('end', () => { events.push('c:end'); d.end(); });
    c.on('finish', () => events.push('c:finish'));
    c.on('close', () => events.push('c:close'));
    d.on('data', (chunk) => { got += chunk; });
    d.on('close', () => console.log('stream', got, events.filter((e, i) => e !== events[i - 1]).join(' ')));
    c.write('hello ');
    c.flush(() => {
      console.log('flushed, decoded so far:', JSON.stringify(got));
      c.end('brotli');
    });
  });
});
