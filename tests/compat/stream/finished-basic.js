// finished() on readable, writable and destroyed streams.
const { finished, Readable, Writable } = require('stream');
const r = Readable.from(['a'], { objectMode: false });
finished(r, (err) => console.log('readable finished', err));
r.resume();
const w = new Writable({ write(c, e, cb) { cb(); } });
finished(w, (err) => console.log('writable finished', err));
w.end('x');
const d = new Readable({ read() {} });
finished(d, (err) => console.log('premature', err.code, err.message));
d.destroy();
const e = new Writable({ write(c, e2, cb) { cb(); } });
finished(e, (err) => console.log('errored', err.message));
e.destroy(new Error('bad'));
e.on('error', () => {});
