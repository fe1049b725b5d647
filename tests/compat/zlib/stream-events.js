// Event order of compress and decompress streams, and of an empty stream.
const zlib = require('zlib');
function watch(name, s, done) {
  const events = [];
  for (const ev of ['data', 'end', 'finish', 'close', 'prefinish', 'error']) {
    s.on(ev, () => {
      events.push(ev);
      if (ev === 'close') { console.log(name, events.join(' ')); done(); }
    });
  }
}
const g = zlib.createGzip();
watch('gzip', g, () => {
  console.log('closed', g.destroyed, g._closed, g.writableFinished, g.readableEnded);
  const u = zlib.createGunzip();
  watch('gunzip', u, () => {
    const e = zlib.createDeflate();
    watch('empty deflate', e, () => {
      const i = zlib.createInflate();
      watch('empty inflate (error)', i, () => console.log('done'));
      i.end();
    });
    e.end();
    e.resume();
  });
  u.end(zlib.gzipSync('gunzip me'));
});
g.write('a');
g.end('b');
