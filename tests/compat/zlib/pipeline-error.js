// stream.pipeline through Gunzip: good data, then corrupt data mid-way.
const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');
const good = zlib.gzipSync('x'.repeat(50000));
function sink(label) {
  let n = 0;
  return new Writable({
    write(chunk, enc, cb) { n += chunk.length; cb(); },
    final(cb) { console.log(label, 'sink final', n); cb(); },
  });
}
pipeline(Readable.from([good.subarray(0, 10), good.subarray(10)]), zlib.createGunzip(), sink('good'), (err) => {
  console.log('good done', err);
  const bad = Buffer.from(good);
  bad.fill(0x55, 30, 60);
  const gunzip = zlib.createGunzip();
  gunzip.on('error', (e) => console.log('gunzip error event', e.code));
  gunzip.on('close', () => console.log('gunzip close'));
  const src = Readable.from([bad.subarray(0, 20), bad.subarray(20)]);
  src.on('close', () => console.log('source close', src.destroyed));
  pipeline(src, gunzip, sink('bad'), (err2) => {
    console.log('bad done', err2.message, err2.code, err2.errno);
  });
});
