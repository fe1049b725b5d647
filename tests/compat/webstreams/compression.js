// CompressionStream/DecompressionStream round trips and their output format.
const zlib = require('zlib');
async function collect(rs) {
  const chunks = [];
  for await (const c of rs) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks);
}
(async () => {
  const input = Buffer.from('hello web streams '.repeat(1000));
  for (const fmt of ['gzip', 'deflate', 'deflate-raw']) {
    const compressed = await collect(new Blob([input]).stream().pipeThrough(new CompressionStream(fmt)));
    const viaZlib = fmt === 'gzip' ? zlib.gunzipSync(compressed) : fmt === 'deflate' ? zlib.inflateSync(compressed) : zlib.inflateRawSync(compressed);
    const back = await collect(new Blob([compressed]).stream().pipeThrough(new DecompressionStream(fmt)));
    console.log(fmt, compressed.length < input.length, viaZlib.equals(input), back.equals(input));
  }
  try { new CompressionStream('zip'); } catch (e) { console.log(e.name, e.code); }
  try {
    await collect(new Blob([Buffer.from('not gzip at all')]).stream().pipeThrough(new DecompressionStream('gzip')));
  } catch (e) { console.log('bad data', e.code); }
})();
