// A line-based chat room over TCP: `protojs examples/chat.js [port]`, then connect
// several `nc 127.0.0.1 7001` clients. Each line is broadcast to everyone else.
'use strict';
const net = require('net');

const port = Number(process.argv[2] || 7001);
const clients = new Set();

function broadcast(from, text) {
  for (const c of clients) if (c !== from) c.write(text);
}

const server = net.createServer((socket) => {
  const name = `${socket.remoteAddress}:${socket.remotePort}`;
  clients.add(socket);
  socket.setEncoding('utf8');
  socket.write(`welcome ${name}, ${clients.size - 1} other(s) here\n`);
  broadcast(socket, `* ${name} joined\n`);
  let pending = '';
  socket.on('data', (chunk) => {
    pending += chunk;
    let nl;
    while ((nl = pending.indexOf('\n')) !== -1) {
      const line = pending.slice(0, nl);
      pending = pending.slice(nl + 1);
      if (line.trim()) broadcast(socket, `<${name}> ${line}\n`);
    }
  });
  socket.on('error', () => {});
  socket.on('close', () => {
    clients.delete(socket);
    broadcast(socket, `* ${name} left\n`);
  });
});
server.listen(port, () => console.log(`chat server on port ${server.address().port}`));
