'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  let drains = 0;
  let i = 0;
  const chunk = Buffer.alloc(64 * 1024, 'a');
  function write() {
    while (i < 64) {
      i++;
      if (!res.write(chunk)) { drains++; res.once('drain', write); return; }
    }
    res.end(() => console.log('ended, drained at least once', drains > 0));
  }
  write();
});
server.listen(0, () => {
  http.get({ port: server.address().port, agent: false }, (res) => {
    let n = 0;
    res.on('data', (d) => n += d.length);
    res.on('end', () => { console.log('received', n); server.close(); });
  });
});
