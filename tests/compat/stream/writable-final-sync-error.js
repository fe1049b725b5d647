// A _final that fails synchronously: 'error' and 'close' come before the end callback.
const { Writable, Duplex } = require('stream');
const w = new Writable({
  write(c, e, cb) { cb(); },
  final(cb) { cb(new Error('final failed')); },
});
w.on('finish', () => console.log('finish (unexpected)'));
w.on('error', (e) => console.log('error', e.message));
w.on('close', () => console.log('close'));
w.end('x', (err) => console.log('end cb', err && err.message));
const d = new Duplex({ read() {}, write(c, e, cb) { cb(); }, final(cb) { cb(new Error('duplex final')); } });
d.on('error', (e) => console.log('duplex error', e.message));
d.end((err) => console.log('duplex end cb', err && err.message));
