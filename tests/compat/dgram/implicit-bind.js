// The first send() binds the socket; sends made before bind finishes are queued in order.
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
const got = [];
server.on('message', (msg, rinfo) => {
  got.push(msg.toString());
  if (got.length === 3) {
    console.log('got', got.join(','), rinfo.port === client.address().port);
    client.close();
    server.close();
  }
});
let client;
server.bind(0, '127.0.0.1', () => {
  client = dgram.createSocket('udp4');
  client.on('listening', () => {
    const a = client.address();
    console.log('client listening', a.address, a.family, typeof a.port, a.port > 0);
  });
  const port = server.address().port;
  let threw = false;
  try { client.address(); } catch (e) { threw = e.code; }
  console.log('address before send:', threw);
  client.send('one', port, '127.0.0.1', () => console.log('cb one'));
  client.send('two', port, '127.0.0.1', () => console.log('cb two'));
  client.send('three', port, () => console.log('cb three'));
  console.log('sync end');
});
