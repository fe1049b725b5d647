// An error from flush destroys the transform; no 'end'.
const { Transform } = require('stream');
const t = new Transform({
  transform(chunk, enc, cb) { cb(null, chunk); },
  flush(cb) { cb(new Error('flush failed')); },
});
t.on('data', (c) => console.log('data', c.toString()));
t.on('end', () => console.log('end (unexpected)'));
t.on('finish', () => console.log('finish'));
t.on('error', (e) => console.log('error', e.message));
t.on('close', () => console.log('close'));
t.end('x');
