// A Transform whose readable side is not consumed stops taking writes.
const { Transform } = require('stream');
let transformed = 0;
const t = new Transform({
  highWaterMark: 2,
  objectMode: true,
  transform(c, e, cb) { transformed++; cb(null, c); },
});
const results = [];
for (let i = 0; i < 8; i++) results.push(t.write(i));
console.log('write results', results.join(','));
setImmediate(() => {
  console.log('transformed before reading', transformed, 'readableLength', t.readableLength, 'writableLength', t.writableLength);
  t.on('drain', () => console.log('drain'));
  t.on('data', (c) => console.log('data', c));
  t.on('end', () => console.log('end, transformed', transformed));
  t.end();
});
