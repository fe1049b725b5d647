// One source piped to two destinations; the slower one sets the pace.
const { Readable, Writable } = require('stream');
const r = Readable.from(['a', 'b', 'c'], { objectMode: false });
function dest(name, async) {
  const w = new Writable({
    highWaterMark: 1,
    write(c, e, cb) { console.log(name, c.toString()); if (async) setImmediate(cb); else cb(); },
  });
  w.on('finish', () => console.log(name, 'finish'));
  return w;
}
r.pipe(dest('fast', false));
r.pipe(dest('slow', true));
