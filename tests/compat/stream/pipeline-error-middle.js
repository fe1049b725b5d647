// An error in the middle destroys every stream; the callback gets the error.
const { pipeline, Readable, Transform, Writable } = require('stream');
const src = new Readable({ read() {} });
const mid = new Transform({ transform(c, e, cb) { cb(new Error('transform broke')); } });
const sink = new Writable({ write(c, e, cb) { cb(); } });
for (const [name, s] of [['src', src], ['mid', mid], ['sink', sink]]) s.on('close', () => console.log('close', name));
pipeline(src, mid, sink, (err) => {
  console.log('callback', err.message);
  console.log('destroyed', src.destroyed, mid.destroyed, sink.destroyed);
});
src.push('x');
