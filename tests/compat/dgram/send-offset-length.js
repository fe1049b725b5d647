// send(msg, offset, length, port, address[, cb]) with Buffers, strings and views.
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
const got = [];
server.on('message', (msg) => {
  got.push(msg.toString('hex'));
  if (got.length === 5) {
    console.log(got.join('\n'));
    server.close();
    client.close();
  }
});
let client;
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  client = dgram.createSocket('udp4');
  const send = (...args) => new Promise((resolve) => client.send(...args, port, '127.0.0.1', (err, n) => {
    console.log('cb', err, n);
    resolve();
  }));
  (async () => {
    await send(Buffer.from('abcdef'), 1, 3);
    await send('hello world', 6, 5);
    await send(new Uint8Array([1, 2, 3, 4, 5]), 2, 2);
    await send(new DataView(new Uint8Array([9, 8, 7, 6]).buffer), 0, 4);
    await send(Buffer.from('xyz'), 3, 0);
  })();
});
