// An error passed to the write callback destroys the stream; order of callbacks.
const { Writable } = require('stream');
const w = new Writable({ write(c, e, cb) { setImmediate(() => cb(new Error('disk full'))); } });
w.on('error', (e) => console.log('error', e.message));
w.on('close', () => console.log('close'));
w.write('a', (err) => console.log('cb a', err && err.message));
w.write('b', (err) => console.log('cb b', err && err.code));
console.log('writable before', w.writable);
setImmediate(() => setImmediate(() => console.log('writable after', w.writable, w.destroyed)));
