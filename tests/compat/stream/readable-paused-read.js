// Paused mode: 'readable' and read() with and without a size.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.push('hello ');
r.push('world');
r.push(null);
r.on('readable', () => {
  console.log('readable, length', r.readableLength);
  let chunk;
  while ((chunk = r.read(3)) !== null) console.log('read(3)', JSON.stringify(chunk.toString()));
  console.log('read(3) returned null, length', r.readableLength);
});
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
