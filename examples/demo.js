// The protoJS demo: a TCP echo exchange on loopback. A server listens on a free
// port, a client connects, sends a line, prints the echo and both sides close.
'use strict';
const net = require('net');

console.log(`protoJS ${process.versions.protojs} (QuickJS ${process.versions.quickjs}, libuv ${process.versions.uv})`);

const server = net.createServer((socket) => {
  socket.pipe(socket);  // echo everything back; end when the client ends
});

server.listen(0, '127.0.0.1', () => {
  const { address, port } = server.address();
  console.log(`echo server listening on ${address}:${port}`);
  const client = net.connect(port, address, () => {
    console.log('client connected; sending "hello, net"');
    client.end('hello, net');
  });
  client.setEncoding('utf8');
  let reply = '';
  client.on('data', (chunk) => { reply += chunk; });
  client.on('end', () => console.log(`client received echo: "${reply}"`));
  client.on('close', () => {
    console.log('client closed');
    server.close(() => console.log('server closed'));
  });
});
