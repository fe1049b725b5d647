// A custom _destroy sees the error and can replace it; destroy callback order.
const { Readable } = require('stream');
const r = new Readable({
  read() {},
  destroy(err, cb) { console.log('_destroy', err && err.message); setImmediate(() => cb(new Error('replaced'))); },
});
r.on('error', (e) => console.log('error', e.message));
r.on('close', () => console.log('close'));
r.destroy(new Error('original'));
const q = new Readable({ read() {} });
q.on('close', () => console.log('q close'));
q.destroy(null);
q.on('error', () => console.log('q error (unexpected)'));
