// Streams: compressed bytes and the 'data' chunks a small chunkSize gives.
const zlib = require('zlib');
const input = Buffer.from('stream data with some repetition, stream data with some repetition. '.repeat(300));
const gz = zlib.createGzip();
const parts = [];
gz.on('data', (c) => parts.push(c));
gz.on('end', () => {
  const packed = Buffer.concat(parts);
  console.log('gzip', parts.length, packed.equals(zlib.gzipSync(input)));
  const gunzip = zlib.createGunzip({ chunkSize: 1024 });
  const sizes = [];
  gunzip.on('data', (c) => sizes.push(c.length));
  gunzip.on('end', () => {
    console.log('gunzip sizes', sizes.length, sizes.join(','));
    console.log('total', sizes.reduce((a, b) => a + b, 0) === input.length);
  });
  gunzip.end(packed);
});
for (let i = 0; i < input.length; i += 1000) gz.write(input.subarray(i, i + 1000));
gz.end();
