// A datagram echoed between two sockets over ::1.
const dgram = require('dgram');
const server = dgram.createSocket({ type: 'udp6' });
server.on('message', (msg, rinfo) => {
  console.log('server got', msg.toString(), rinfo.address, rinfo.family, rinfo.size);
  server.send(msg, rinfo.port, rinfo.address);
});
server.bind(0, '::1', () => {
  const a = server.address();
  console.log('bound', a.address, a.family, typeof a.port);
  const client = dgram.createSocket('udp6');
  client.on('message', (msg, rinfo) => {
    console.log('client got', msg.toString(), rinfo.address, rinfo.family);
    client.close();
    server.close();
  });
  client.send(Buffer.from('six'), a.port, '::1');
});
