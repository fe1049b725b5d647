// Streams dropped or destroyed while a write runs on the thread pool: the handle
// and its buffers stay alive until the work is done (run under ASan in CI).
const zlib = require('zlib');
const big = Buffer.alloc(1 << 21, 'z');
const packed = zlib.gzipSync(big);
let closes = 0;
for (let i = 0; i < 8; i++) {
  const g = zlib.createGzip();
  g.on('close', () => closes++);
  g.write(Buffer.from(big));   // a fresh buffer nobody else references
  g.destroy();                 // closes the handle while its write is in flight
}
for (let i = 0; i < 8; i++) {
  // No reference kept at all: nothing may be freed before the write completes.
  zlib.createGunzip().write(packed.subarray(0, packed.length >> 1));
}
let garbage = [];
for (let i = 0; i < 20000; i++) garbage.push({ i, s: 'x' + i });
garbage = null;
zlib.gzip(Buffer.from(big), (err, out) => {
  console.log('gzip done', err, out.length === packed.length, closes);
  const u = zlib.createUnzip();
  u.on('data', () => {});
  u.on('close', () => console.log('unzip close'));
  u.write(packed);
  setImmediate(() => u.close(() => console.log('close callback')));
});
process.on('exit', () => console.log('exit', closes));
