'use strict';
// Timeouts around keep-alive sockets: a free socket in an Agent with `timeout`
// is destroyed when idle (leaving the pool), a req.setTimeout() on a request whose
// response completed does not fire later while the socket sits in the pool, and a
// server-side res.setTimeout() fires 'timeout' on the response (with the socket).
const http = require('http');

const server = http.createServer((req, res) => {
  if (req.url === '/slow') {
    res.setTimeout(60, (sock) => { console.log('server res timeout', sock === req.socket); res.end('late'); });
    return;
  }
  res.end('ok');
});

function counts(agent) {
  const n = (o) => Object.values(o).reduce((a, l) => a + l.length, 0);
  return `sockets=${n(agent.sockets)} free=${n(agent.freeSockets)}`;
}

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true, timeout: 200 });
  const req = http.get({ port, host: '127.0.0.1', agent, path: '/' }, (res) => {
    res.resume();
    res.on('end', () => setImmediate(() => {
      console.log('after response', counts(agent));
      const sock = Object.values(agent.freeSockets)[0][0];
      sock.on('timeout', () => console.log('free socket timeout'));
      sock.on('close', () => {
        console.log('free socket closed', counts(agent));
        http.get({ port, host: '127.0.0.1', agent, path: '/slow' }, (res2) => {
          let b = '';
          res2.on('data', (d) => { b += d; });
          res2.on('end', () => { console.log('slow body', b); agent.destroy(); server.close(); });
        });
      });
    }));
  });
  req.setTimeout(100, () => console.log('req timeout fired (should not)'));
  req.on('timeout', () => console.log('req timeout event'));
});
