'use strict';
// write() returns false once the queue passes the high-water mark (the peer is paused),
// and 'drain' follows with an empty queue once the peer reads again.
const net = require('net');
const server = net.createServer((s) => {
  s.pause();
  server.resumePeer = () => s.resume();
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    const chunk = Buffer.alloc(64 * 1024);
    let writes = 0;
    while (c.write(chunk) && writes < 100000) writes++;
    console.log('write returned false', c.writableNeedDrain, c.writableLength >= c.writableHighWaterMark);
    c.on('drain', () => { console.log('drain', c.writableLength, c.writableNeedDrain); c.end(); });
    server.resumePeer();
  });
  c.on('close', () => server.close());
});
