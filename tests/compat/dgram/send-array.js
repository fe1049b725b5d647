// send() of an array of Buffers, strings and views; an empty array sends an empty datagram.
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
const got = [];
server.on('message', (msg, rinfo) => {
  got.push(`${JSON.stringify(msg.toString())} size=${rinfo.size}`);
  if (got.length === 3) {
    console.log(got.join('\n'));
    server.close();
    client.close();
  }
});
let client;
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  client = dgram.createSocket('udp4');
  client.send([Buffer.from('ab'), 'cd', new Uint8Array([101, 102])], port, '127.0.0.1', (err, n) => {
    console.log('first', err, n);
    client.send([], port, '127.0.0.1', (err2, n2) => {
      console.log('empty', err2, n2);
      client.send([new DataView(Buffer.from('end').buffer, Buffer.from('end').byteOffset, 3)], port, '127.0.0.1');
    });
  });
});
