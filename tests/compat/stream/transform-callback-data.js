// callback(null, data) pushes data; callback(err) destroys with the error.
const { Transform } = require('stream');
const t = new Transform({
  transform(chunk, enc, cb) {
    const s = chunk.toString();
    if (s === 'bad') return cb(new Error('bad chunk'));
    cb(null, `<${s}>`);
  },
});
t.on('data', (c) => console.log('data', c.toString()));
t.on('error', (e) => console.log('error', e.message));
t.on('close', () => console.log('close'));
t.write('one');
t.write('bad');
t.write('two', (err) => console.log('write cb after error', err && err.code));
