'use strict';
// A protoJS echo server for real clients (socat, nc), driven by run-socat.sh.
// Usage: protojs echo-server.js <connections> [unix-socket-path]
// Listens on 127.0.0.1 port 0 (and on the unix socket if given), prints "PORT n" on
// stdout once every listener is ready, echoes every byte back, and closes its servers
// (so the process exits) after <connections> connections have closed.
const net = require('net');

const expected = Number(process.argv[2]);
const unixPath = process.argv[3];
let closed = 0;
const servers = [];
function onConnection(sock) {
  sock.pipe(sock);
  sock.on('error', (e) => console.error('socket error', e.code));
  sock.on('close', () => {
    if (++closed === expected) for (const s of servers) s.close();
  });
}
const tcp = net.createServer(onConnection);
servers.push(tcp);
tcp.listen(0, '127.0.0.1', () => {
  const announce = () => console.log(`PORT ${tcp.address().port}`);
  if (!unixPath) return announce();
  const unix = net.createServer(onConnection);
  servers.push(unix);
  unix.listen(unixPath, announce);
});
