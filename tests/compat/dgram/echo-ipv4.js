// A datagram echoed between two sockets over 127.0.0.1.
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
server.on('message', (msg, rinfo) => {
  console.log('server got', msg.toString(), rinfo.address, rinfo.family, rinfo.size, typeof rinfo.port);
  server.send(Buffer.concat([Buffer.from('echo:'), msg]), rinfo.port, rinfo.address);
});
server.on('listening', () => console.log('server listening'));
server.bind(0, '127.0.0.1', () => {
  const client = dgram.createSocket('udp4', (msg, rinfo) => {
    console.log('client got', msg.toString(), rinfo.port === server.address().port, Buffer.isBuffer(msg));
    client.close(() => console.log('client closed'));
    server.close(() => console.log('server closed'));
  });
  client.send('ping', server.address().port, '127.0.0.1', (err, bytes) => console.log('sent', err, bytes));
});
