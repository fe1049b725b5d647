// stream.destroy() helper and destroy() with a callback.
const stream = require('stream');
const r = new stream.Readable({ read() {} });
r.on('close', () => console.log('r close'));
stream.destroy(r);
console.log('destroyed', r.destroyed);
const w = new stream.Writable({ write(c, e, cb) { cb(); } });
w.on('error', (e) => console.log('w error', e.message));
w.destroy(new Error('x'), (err) => console.log('destroy cb', err && err.message));
console.log('errored', w.errored && w.errored.message, 'closed', w.closed);
setImmediate(() => console.log('closed later', w.closed));
