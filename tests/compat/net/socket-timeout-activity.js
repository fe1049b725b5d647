'use strict';
// An idle timeout counts from the last read or write: a peer that trickles data
// every 20 ms keeps a 200 ms timeout from firing, and so do writes that the peer
// reads; once both stop, 'timeout' comes. Also across an http request whose body
// trickles in (the server's parser reads the socket itself).
const net = require('net');
const http = require('http');

function trickle(write, times, done) {
  let n = 0;
  const t = setInterval(() => {
    write(n);
    if (++n === times) {
      clearInterval(t);
      done();
    }
  }, 20);
}

function readSide(next) {
  const server = net.createServer((s) => {
    let trickling = true;
    s.setTimeout(200, () => {
      console.log('read side: timeout, while trickling:', trickling);
      s.destroy();
      server.close(next);
    });
    s.on('data', () => {});
    s.on('trickle-done', () => { trickling = false; });
    server.sock = s;
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1', () => {
      trickle(() => c.write('x'), 12, () => server.sock.emit('trickle-done'));
    });
    c.on('error', () => {});
    c.on('close', () => {});
  });
}

function writeSide(next) {
  const server = net.createServer((s) => {
    let trickling = true;
    s.setTimeout(200, () => {
      console.log('write side: timeout, while trickling:', trickling);
      s.destroy();
      server.close(next);
    });
    trickle(() => s.write('y'), 12, () => { trickling = false; });
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    c.resume();
    c.on('error', () => {});
  });
}

function httpSide() {
  const server = http.createServer((req, res) => {
    let bytes = 0;
    req.on('data', (d) => { bytes += d.length; });
    req.on('end', () => res.end(`got ${bytes}`));
  });
  server.setTimeout(200, (s) => {
    console.log('http: timeout');
    s.destroy();
  });
  server.listen(0, '127.0.0.1', () => {
    const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'POST',
      headers: { 'Content-Length': 12 } }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (d) => console.log('http:', d));
      res.on('end', () => server.close());
    });
    trickle(() => req.write('z'), 12, () => req.end());
  });
}

readSide(() => writeSide(httpSide));
