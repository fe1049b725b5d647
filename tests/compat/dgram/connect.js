// connect(), 'connect' event, send without a port, remoteAddress(), disconnect().
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
server.on('message', (msg, rinfo) => {
  console.log('server got', msg.toString(), rinfo.port === client.address().port);
  if (msg.toString() === 'b') {
    client.disconnect();
    try { client.remoteAddress(); } catch (e) { console.log('after disconnect', e.code, e.message); }
    client.send('c', server.address().port, '127.0.0.1');
  } else if (msg.toString() === 'c') {
    client.close();
    server.close();
  }
});
let client;
server.bind(0, '127.0.0.1', () => {
  client = dgram.createSocket('udp4');
  client.on('listening', () => console.log('listening'));
  client.on('connect', () => console.log('connect event'));
  client.on('close', () => console.log('client close'));
  client.connect(server.address().port, '127.0.0.1', () => {
    const r = client.remoteAddress();
    console.log('connected', r.address, r.family, r.port === server.address().port);
    client.send('a', (err, n) => console.log('send a', err, n));
    client.send(Buffer.from('xbx'), 1, 1, (err, n) => console.log('send b', err, n));
  });
  console.log('sync end');
});
