// bytesWritten counts input consumed; bytesRead is its deprecated alias.
const zlib = require('zlib');
const input = Buffer.alloc(50000, 'w');
const res = zlib.deflateSync(input, { info: true });
console.log('sync engine bytesWritten', res.engine.bytesWritten, res.engine._closed);
const d = zlib.createDeflate();
d.resume();
console.log('initial', d.bytesWritten);
d.write(input.subarray(0, 1000), () => {
  console.log('after first write', d.bytesWritten);
  d.end(input.subarray(1000));
});
d.on('end', () => {
  console.log('end', d.bytesWritten, d.bytesRead);
  d.bytesRead = 5;
  console.log('set alias', d.bytesWritten);
  const packed = zlib.deflateSync(input);
  const i = zlib.createInflate();
  i.resume();
  i.on('end', () => console.log('inflate consumed', i.bytesWritten === packed.length));
  i.end(Buffer.concat([packed, Buffer.from('trailing')]));
});
