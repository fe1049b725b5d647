// unpipe() stops the flow and the source pauses.
const { Readable, Writable } = require('stream');
const r = new Readable({ read() {} });
const w = new Writable({ write(c, e, cb) { console.log('write', c.toString()); cb(); } });
w.on('unpipe', () => console.log('unpipe'));
r.pipe(w);
r.push('1');
setImmediate(() => {
  r.unpipe(w);
  console.log('flowing after unpipe', r.readableFlowing);
  r.push('2');
  setImmediate(() => console.log('buffered in source', r.readableLength));
});
