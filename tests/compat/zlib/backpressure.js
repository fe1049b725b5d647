// A large inflate: output in chunkSize pieces, paused consumers, highWaterMark.
const zlib = require('zlib');
const input = Buffer.alloc(1 << 20);
for (let i = 0; i < input.length; i++) input[i] = (i * 7919) % 251 < 40 ? (i % 7) : 65;
const packed = zlib.deflateSync(input);
const inf = zlib.createInflate();
const sizes = new Map();
let total = 0;
let reads = 0;
inf.on('readable', function onReadable() {
  let chunk;
  while ((chunk = inf.read()) !== null) {
    reads++;
    total += chunk.length;
  }
});
inf.on('end', () => {
  console.log('total', total, 'reads>1', reads > 1);
  // 'data' with pauses: every chunk is at most chunkSize.
  const g = zlib.createInflate({ chunkSize: 4096 });
  let n = 0, max = 0, count = 0;
  g.on('data', (c) => {
    n += c.length; count++; max = Math.max(max, c.length);
    if (count % 50 === 0) { g.pause(); setImmediate(() => g.resume()); }
  });
  g.on('end', () => console.log('paused consumer', n, max, count === Math.ceil(input.length / 4096)));
  g.end(packed);
});
inf.end(packed);
