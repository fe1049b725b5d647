// A TCP echo server: `protojs examples/echo-server.js [port]`, then try
// `nc 127.0.0.1 7000`. Every byte a client sends comes straight back.
'use strict';
const net = require('net');

const port = Number(process.argv[2] || 7000);
const server = net.createServer((socket) => {
  const peer = `${socket.remoteAddress}:${socket.remotePort}`;
  console.log(`+ ${peer}`);
  socket.pipe(socket);
  socket.on('error', (err) => console.log(`! ${peer} ${err.code}`));
  socket.on('close', () => console.log(`- ${peer}`));
});
server.on('error', (err) => {
  console.error(err.message);
  process.exitCode = 1;
});
server.listen(port, () => console.log(`echo server on port ${server.address().port}`));
