'use strict';
// Soak target: one process serving a net echo server and an HTTP keep-alive server.
// Prints "PORTS <echo> <http>" once both listen. GET /shutdown closes both servers;
// the process must then exit by itself (nothing left open) and prints its counters.
const net = require('net');
const http = require('http');

const stats = { httpRequests: 0, echoConnections: 0, echoBytes: 0, socketErrors: 0 };

const echo = net.createServer((socket) => {
  stats.echoConnections++;
  socket.on('data', (d) => { stats.echoBytes += d.length; });
  socket.on('error', () => { stats.socketErrors++; });
  socket.pipe(socket);
});

const HELLO = Buffer.from('hello from the soak server\n');
const KIB = Buffer.alloc(1024, 'x');

// GET /chunks/N answers N KiB written as N chunks; POST echoes the body; else HELLO.
function handle(req, res) {
  stats.httpRequests++;
  if (req.url === '/shutdown') {
    res.setHeader('Connection', 'close');
    res.end('bye\n', shutdown);
    return;
  }
  if (req.method === 'POST') {
    req.pipe(res);
    return;
  }
  const m = /^\/chunks\/(\d+)$/.exec(req.url);
  if (m) {
    for (let i = 0; i < Number(m[1]); i++) res.write(KIB);
    res.end();
    return;
  }
  res.setHeader('Content-Type', 'text/plain');
  res.end(HELLO);
}

const server = http.createServer(handle);
server.on('connection', (socket) => socket.on('error', () => { stats.socketErrors++; }));

function shutdown() {
  echo.close();
  server.close();  // also closes idle keep-alive connections (Node >= 19)
}

process.on('exit', (code) => {
  console.log(`STATS ${JSON.stringify(stats)} exit=${code}`);
});

echo.listen(0, '127.0.0.1', () => {
  server.listen(0, '127.0.0.1', () => {
    console.log(`PORTS ${echo.address().port} ${server.address().port}`);
  });
});
