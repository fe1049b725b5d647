'use strict';
// onread option: data lands in the user's buffer; callback(nread, buf) gets the same
// buffer object each time; returning false pauses; 'data' is not emitted; 'end' is.
const net = require('net');
const payload = Buffer.alloc(100000, 'r');
const server = net.createServer((s) => s.end(payload));
server.listen(0, '127.0.0.1', () => {
  const buf = Buffer.alloc(4096);
  let total = 0;
  let same = true;
  let maxN = 0;
  let calls = 0;
  let paused = false;
  const c = net.connect({
    port: server.address().port, host: '127.0.0.1',
    onread: {
      buffer: buf,
      callback(n, b) {
        calls++;
        if (b !== buf) same = false;
        if (n > maxN) maxN = n;
        total += n;
        if (calls === 2 && !paused) {
          paused = true;
          setTimeout(() => { console.log('resuming, isPaused', c.isPaused()); c.resume(); }, 20);
          return false;
        }
      },
    },
  });
  c.on('data', () => console.log('data event!'));
  c.on('end', () => console.log('end', total, same, maxN <= 4096, c.bytesRead));
  c.on('close', () => {
    // A buffer factory: called for the buffer, data still arrives whole.
    let made = 0;
    let got = 0;
    const d = net.connect({
      port: server.address().port, host: '127.0.0.1',
      onread: { buffer: () => { made++; return new Uint8Array(1000); }, callback(n, b) { got += n; if (!(b instanceof Uint8Array)) console.log('bad buf'); } },
    });
    d.on('end', () => console.log('factory end', got, made > 0));
    d.on('close', () => server.close());
  });
});
