// read(n) larger than the buffer returns null until the end, then the remainder.
const { Readable } = require('stream');
let n = 0;
const r = new Readable({ highWaterMark: 4, read() { n++; this.push(n <= 3 ? 'xy' + n : null); } });
r.once('readable', function first() {
  console.log('read(100)', r.read(100));
  r.on('readable', () => {
    const c = r.read(100);
    console.log('later read(100)', c && c.toString());
  });
});
r.on('end', () => console.log('end, _read calls', n));
