// construct() runs before _read/_write, and its error destroys the stream.
const { Readable, Writable } = require('stream');
const r = new Readable({
  construct(cb) { console.log('construct'); setImmediate(() => { console.log('constructed'); cb(); }); },
  read() { console.log('_read'); this.push(null); },
});
r.on('end', () => console.log('end'));
r.resume();
const w = new Writable({
  construct(cb) { cb(new Error('cannot open')); },
  write(c, e, cb) { console.log('write (unexpected)'); cb(); },
});
w.on('error', (e) => console.log('w error', e.message));
w.on('close', () => console.log('w close'));
w.write('x', (err) => console.log('w write cb', err && err.message));
