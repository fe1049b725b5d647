// pipeline() through transforms; the callback gets no error; all streams closed.
const { pipeline, Readable, Transform, Writable } = require('stream');
const src = Readable.from(['a', 'b', 'c'], { objectMode: false });
const up = new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
const out = [];
const sink = new Writable({ write(c, e, cb) { out.push(c.toString()); cb(); } });
const ret = pipeline(src, up, sink, (err) => {
  console.log('done', err, out.join(''));
  console.log('destroyed', src.destroyed, up.destroyed, sink.destroyed);
});
console.log('returns last', ret === sink);
