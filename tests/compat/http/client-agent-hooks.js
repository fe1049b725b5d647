'use strict';
// Agent extension points and keep-alive refusal: keepSocketAlive() and
// reuseSocket() overrides (when they are called and their effect), a response
// with Connection: close on a keepAlive agent (socket not pooled, agentRemove),
// an agent's createConnection() override, and the createConnection request option
// (ignored by Node when agent: false).
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  if (req.url === '/close') res.setHeader('Connection', 'close');
  res.end(req.url);
});

function counts(agent) {
  const n = (o) => Object.values(o).reduce((a, l) => a + l.length, 0);
  return `sockets=${n(agent.sockets)} free=${n(agent.freeSockets)}`;
}

function get(agent, path) {
  return new Promise((resolve) => {
    let sock;
    const req = http.get({ port: server.address().port, host: '127.0.0.1', path, agent }, (res) => {
      res.resume();
      res.on('end', () => {
        console.log(' ', path, 'status', res.statusCode, 'conn', res.headers.connection, 'reused', req.reusedSocket, 'shouldKeepAlive', req.shouldKeepAlive);
        setImmediate(() => {
          console.log('  after', counts(agent));
          // Move on once the socket is either pooled or closed.
          const pooled = Object.values(agent.freeSockets).some((l) => l.includes(sock));
          if (pooled || sock.destroyed && sock.closed) setImmediate(resolve); else sock.once('close', () => setImmediate(resolve));
        });
      });
    });
    req.on('socket', (s) => {
      sock = s;
      if (s.seen) return;
      s.seen = true;
      s.on('agentRemove', () => console.log('  agentRemove'));
      s.on('close', () => console.log('  socket close'));
    });
  });
}

class Custom extends http.Agent {
  keepSocketAlive(socket) {
    const r = super.keepSocketAlive(socket);
    console.log('  keepSocketAlive called ->', r, this.keepAliveMode);
    return this.keepAliveMode === 'refuse' ? false : r;
  }
  reuseSocket(socket, req) {
    console.log('  reuseSocket called', req.path);
    super.reuseSocket(socket, req);
  }
}

server.listen(0, '127.0.0.1', async () => {
  const agent = new Custom({ keepAlive: true });
  console.log('-- normal then reuse');
  await get(agent, '/a');
  await get(agent, '/b');
  console.log('-- server says close');
  await get(agent, '/close');
  console.log('-- keepSocketAlive refuses');
  agent.keepAliveMode = 'refuse';
  await get(agent, '/c');
  agent.destroy();
  console.log('-- createConnection override');
  const agent2 = new http.Agent({ keepAlive: false });
  agent2.createConnection = (opts, cb) => { console.log('  createConnection', opts.host, typeof cb); return net.connect(opts.port, opts.host); };
  await get(agent2, '/d');
  console.log('-- createConnection option');
  await new Promise((resolve) => {
    http.get({ port: server.address().port, host: '127.0.0.1', path: '/e', agent: false,
      createConnection: (opts) => { console.log('  option createConnection', opts.path); return net.connect(opts.port, opts.host); } }, (res) => {
      res.resume(); res.on('end', () => { console.log('  /e done'); setImmediate(resolve); });
    });
  });
  server.close();
});
