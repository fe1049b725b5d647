// pipe(dest, { end: false }) leaves the destination open.
const { Readable, PassThrough } = require('stream');
const dest = new PassThrough();
dest.on('data', (c) => console.log('dest data', c.toString()));
dest.on('end', () => console.log('dest end'));
const a = Readable.from(['one'], { objectMode: false });
a.pipe(dest, { end: false });
a.on('end', () => {
  console.log('a ended, dest writable', dest.writable);
  const b = Readable.from(['two'], { objectMode: false });
  b.pipe(dest);
});
