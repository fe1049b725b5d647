// An error on the destination unpipes it; the source is not destroyed by pipe().
const { Readable, Writable } = require('stream');
const r = new Readable({ read() {} });
const w = new Writable({ write(c, e, cb) { cb(new Error('write failed')); } });
w.on('error', (e) => console.log('dest error', e.message));
w.on('unpipe', () => console.log('unpipe'));
r.pipe(w);
r.push('x');
setImmediate(() => console.log('source destroyed', r.destroyed, 'flowing', r.readableFlowing, 'dest listeners', r.listenerCount('data')));
