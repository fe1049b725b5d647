'use strict';
// A reader that stops and restarts all the time loses and reorders nothing. With a
// 1 KiB highWaterMark every pause makes the socket stop reading from the kernel
// (readStop), and a resume starts it again (readStart): in the same tick, on the
// next tick, on the next turn of the loop (setImmediate) or later (setTimeout),
// and through read() in paused mode. The runtime applies a stop just before the
// loop polls unless a start cancels it; this checks every order of the two.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const TOTAL = 4 * 1024 * 1024;
const data = Buffer.alloc(TOTAL);
for (let i = 0; i < TOTAL; i++) data[i] = (i * 7 + (i >> 12)) & 0xff;

const server = net.createServer(mustCall((s) => {
  let sent = 0;
  (function pump() {
    while (sent < TOTAL) {
      const chunk = data.subarray(sent, sent + 32 * 1024);
      sent += chunk.length;
      if (!s.write(chunk)) return s.once('drain', pump);
    }
    s.end();
  })();
}));

server.listen(0, '127.0.0.1', mustCall(() => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', highWaterMark: 1024 });
  let received = 0;
  let n = 0;
  function check(d) {
    assert.ok(received + d.length <= TOTAL, 'more bytes than were sent');
    assert.ok(d.equals(data.subarray(received, received + d.length)), `bytes ${received}.. differ`);
    received += d.length;
  }
  function onData(d) {
    check(d);
    switch (n++ % 6) {
      case 0: c.pause(); c.resume(); break;
      case 1: c.pause(); process.nextTick(() => c.resume()); break;
      case 2: c.pause(); setImmediate(() => c.resume()); break;
      case 3: c.pause(); setTimeout(() => c.resume(), 1); break;
      case 4: {
        // Paused mode for a while: read() whatever is buffered, then flow again.
        c.pause();
        c.removeListener('data', onData);
        c.once('readable', function drain() {
          let d2;
          while ((d2 = c.read()) !== null) check(d2);
          c.on('data', onData);
          c.resume();
        });
        break;
      }
      default: break;
    }
  }
  c.on('data', onData);
  c.on('end', mustCall(() => {
    assert.strictEqual(received, TOTAL);
    assert.ok(n >= 30, `only ${n} chunks`);  // reads of up to 64 KiB: five rounds of the six cases
    server.close();
  }));
}));
