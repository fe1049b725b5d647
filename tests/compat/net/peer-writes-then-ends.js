'use strict';
// The peer writes many chunks and ends at once: every byte arrives, in order, before
// 'end'; then 'close'. bytesRead matches on close; the server side's bytesWritten too.
const net = require('net');
const chunks = [];
for (let i = 0; i < 64; i++) chunks.push(Buffer.alloc(4096 + i * 37, i));
const all = Buffer.concat(chunks);
let serverEndCb = 'not called';
const server = net.createServer((s) => {
  for (const ch of chunks) s.write(ch);
  s.end('tail', () => { serverEndCb = s.bytesWritten === all.length + 4; });
  s.on('close', () => { console.log('server end cb', serverEndCb); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const got = [];
  let afterEnd = 0;
  let ended = false;
  c.on('data', (d) => { if (ended) afterEnd++; got.push(d); });
  c.on('end', () => {
    ended = true;
    const b = Buffer.concat(got);
    console.log('end', b.length === all.length + 4, b.subarray(0, all.length).equals(all), b.subarray(all.length).toString());
    console.log('bytesRead at end', c.bytesRead === b.length, c.readyState);
  });
  c.on('close', (h) => console.log('close', h, afterEnd, c.bytesRead === all.length + 4));
});
