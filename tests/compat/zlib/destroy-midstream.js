// destroy() while data is in flight: no more data, 'close' once, later writes fail.
const zlib = require('zlib');
const g = zlib.createGunzip();
const input = zlib.gzipSync(Buffer.alloc(200000, 'q'));
let datas = 0;
g.on('data', () => {
  datas++;
  if (datas === 1) {
    g.destroy();
    console.log('destroyed', g.destroyed, g._closed);
  }
});
g.on('close', () => {
  console.log('close', datas);
  g.write(Buffer.from('more'), (err) => console.log('write cb', err && err.code));
  g.on('error', (e) => console.log('error event', e.code));
});
g.on('end', () => console.log('end (should not happen)'));
g.end(input);
// destroy with an error before any write
const d = zlib.createDeflate();
d.on('error', (e) => console.log('deflate error', e.message));
d.on('close', () => console.log('deflate close', d._closed));
d.destroy(new Error('boom'));
// close() with a callback mid-stream
const e = zlib.createDeflate();
e.write('abc');
e.close((err) => console.log('close cb', err && err.code));
