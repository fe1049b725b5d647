'use strict';
// Agent bookkeeping with keepAlive: agent.sockets / freeSockets / requests counts
// while requests are queued (maxSockets 1), the agent 'free' event per response,
// req.reusedSocket, socket reuse across the queue, maxFreeSockets trimming the
// pool, getName(), and destroy() emptying everything.
const http = require('http');

const server = http.createServer((req, res) => res.end(req.url));

function counts(agent) {
  const n = (o) => Object.values(o).reduce((a, l) => a + l.length, 0);
  return `sockets=${n(agent.sockets)} free=${n(agent.freeSockets)} requests=${n(agent.requests)}`;
}

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  console.log('name', agent.getName({ host: '127.0.0.1', port: 80 }), agent.getName({}), agent.getName({ host: 'h', port: 1, localAddress: 'l', family: 4 }));
  let frees = 0;
  agent.on('free', () => { frees++; });
  const sockets = [];
  let done = 0;
  for (let i = 0; i < 3; i++) {
    const req = http.get({ port, host: '127.0.0.1', path: '/' + i, agent }, (res) => {
      let b = '';
      res.on('data', (d) => { b += d; });
      res.on('end', () => {
        if (!sockets.includes(res.socket)) sockets.push(res.socket);
        console.log('got', b, 'reused', req.reusedSocket, 'socket#', sockets.indexOf(res.socket), counts(agent));
        if (++done === 3) setImmediate(phase2);
      });
    });
  }
  console.log('queued', counts(agent));

  function phase2() {
    console.log('after all', counts(agent), 'free events', frees);
    agent.destroy();
    console.log('after destroy', counts(agent));
    const agent2 = new http.Agent({ keepAlive: true, maxSockets: 3, maxFreeSockets: 1 });
    let n = 0;
    const step = () => {
      // 3 responses ended and 2 of the 3 sockets closed (trimmed by maxFreeSockets)
      if (++n === 5) setImmediate(() => { console.log('agent2', counts(agent2)); agent2.destroy(); server.close(); });
    };
    for (let i = 0; i < 3; i++) {
      const req = http.get({ port, host: '127.0.0.1', path: '/p' + i, agent: agent2 }, (res) => {
        res.resume();
        res.on('end', step);
      });
      req.on('socket', (sock) => sock.on('close', step));
    }
    console.log('agent2 started', counts(agent2));
  }
});
