// An error from _final reaches 'error' and no 'finish' is emitted.
const { Writable } = require('stream');
const w = new Writable({
  write(c, e, cb) { cb(); },
  final(cb) { setImmediate(() => cb(new Error('final failed'))); },
});
w.on('finish', () => console.log('finish (unexpected)'));
w.on('error', (e) => console.log('error', e.message));
w.on('close', () => console.log('close', w.errored && w.errored.message));
w.end('x', (err) => console.log('end cb', err && err.message));
