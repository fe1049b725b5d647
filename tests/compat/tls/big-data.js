'use strict';
// 4 MiB each way through TLS with back-pressure: lengths and digests match.
const tls = require('tls');
const crypto = require('crypto');
const { pem, serverOptions } = require('./fixtures/common');

const size = 4 * 1024 * 1024;
const payload = Buffer.alloc(size);
for (let i = 0; i < size; i++) payload[i] = (i * 31 + (i >> 10)) & 0xff;
const digest = crypto.createHash('sha256').update(payload).digest('hex');

const server = tls.createServer(serverOptions(), (s) => {
  s.pipe(s);  // echo, with pipe()'s back-pressure
});
server.listen(0, () => {
  const c = tls.connect({ port: server.address().port, host: 'localhost', ca: pem('ca') }, () => {
    let off = 0;
    let drains = 0;
    (function writeMore() {
      while (off < size) {
        const chunk = payload.subarray(off, off + 100000);
        off += chunk.length;
        if (!c.write(chunk)) {
          drains++;
          c.once('drain', writeMore);
          return;
        }
      }
      c.end();
      console.log('wrote all, waited for drain:', drains > 0);
    })();
  });
  const hash = crypto.createHash('sha256');
  let got = 0;
  let paused = false;
  c.on('data', (d) => {
    got += d.length;
    hash.update(d);
    if (!paused && got > size / 2) {
      paused = true;
      c.pause();
      setTimeout(() => c.resume(), 50);
    }
  });
  c.on('end', () => {
    console.log('received', got, 'digest ok', hash.digest('hex') === digest);
    server.close();
  });
});
