'use strict';
// A slow reader: write() returns false once the queue reaches the high-water mark,
// writableNeedDrain/writableLength reflect it, later writes keep returning false until
// 'drain', 'drain' fires once per stall with an empty queue, and every byte (TOTAL plus the one
// extra byte written while stalled) arrives.
const net = require('net');
const TOTAL = 8 * 1024 * 1024;
const server = net.createServer((s) => {
  s.pause();
  let n = 0;
  s.on('data', (d) => { n += d.length; });
  s.on("end", () => { console.log("server got all", n === TOTAL + 1); server.close(); });
  setTimeout(() => s.resume(), 30);
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    console.log('hwm', c.writableHighWaterMark);
    const chunk = Buffer.alloc(64 * 1024, 'z');
    let sent = 0;
    let falseSeen = false;
    let drains = 0;
    let okAfterFalse = 0;
    function pump() {
      while (sent < TOTAL) {
        const r = c.write(chunk);
        sent += chunk.length;
        if (!r) {
          if (!falseSeen) {
            falseSeen = true;
            console.log('first false', c.writableNeedDrain, c.writableLength > 0, c.writableLength >= c.writableHighWaterMark);
            const r2 = c.write(Buffer.alloc(1));
            sent += 1;
            console.log('write while needDrain', r2);
          }
          c.once('drain', () => {
            drains++;
            if (c.writableNeedDrain || c.writableLength !== 0) okAfterFalse++;
            pump();
          });
          return;
        }
      }
      console.log('drain count > 0', drains > 0, 'bad drains', okAfterFalse);
      c.end();
    }
    pump();
  });
  c.on('close', () => console.log('client close', c.bytesWritten));
});
