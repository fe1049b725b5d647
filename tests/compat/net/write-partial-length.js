'use strict';
// A write the kernel takes only part of at once counts whole in writableLength,
// bufferSize and bytesWritten until the rest is sent, as in Node; write() answers
// false and 'drain' follows once the reader catches up. Buffer, UTF-8 string
// (writableLength counts characters: net sockets keep strings) and Latin-1 string.
const net = require('net');
const N = 8 * 1024 * 1024;
const chunks = [
  ['Buffer', () => Buffer.alloc(N, 'b'), undefined],
  ['utf8 string', () => '\u00e9'.repeat(N / 2), undefined],
  ['latin1 string', () => 'l'.repeat(N), 'latin1'],
];
let peer;
const server = net.createServer({ pauseOnConnect: true }, (s) => { peer = s; });
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => next(0));
  function next(i) {
    if (i === chunks.length) {
      peer.resume();
      c.end();
      return;
    }
    const [name, make, enc] = chunks[i];
    const chunk = make();
    const bytes = Buffer.byteLength(chunk, enc);
    const before = c.bytesWritten;
    const ret = c.write(chunk, enc, (err) => console.log(name, 'callback', err));
    console.log(name, 'returned', ret, 'writableLength', c.writableLength === chunk.length,
                'bufferSize', c.bufferSize === chunk.length, 'bytesWritten', c.bytesWritten - before === bytes,
                'needDrain', c.writableNeedDrain);
    c.once('drain', () => {
      console.log(name, 'drain', c.writableLength, c.bytesWritten - before === bytes);
      peer.pause();
      next(i + 1);
    });
    peer.resume();
  }
  let total = 0;
  server.once('connection', (s) => {
    s.on('data', (d) => { total += d.length; });
    s.on('end', () => { console.log('server got', total); server.close(); });
  });
});
