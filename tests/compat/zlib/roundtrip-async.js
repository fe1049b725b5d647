// The callback functions for every format, run one after another.
const zlib = require('zlib');
const input = Buffer.from('async round trip '.repeat(500));
const pairs = [['deflate', 'inflate'], ['gzip', 'gunzip'], ['deflateRaw', 'inflateRaw'], ['gzip', 'unzip'], ['deflate', 'unzip']];
let sync = true;
function next(i) {
  if (i === pairs.length) return console.log('done');
  const [c, d] = pairs[i];
  zlib[c](input, (err, packed) => {
    console.log(c, err, packed.equals(zlib[c + 'Sync'](input)));
    zlib[d](packed, { chunkSize: 1024 }, (err2, back) => {
      console.log(d, err2, back.length, back.equals(input));
      next(i + 1);
    });
  });
}
next(0);
console.log('callbacks are asynchronous');
