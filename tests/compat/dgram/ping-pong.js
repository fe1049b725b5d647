// 200 sequential round trips; each datagram's content and size checked.
const dgram = require('dgram');
const server = dgram.createSocket('udp4', (msg, rinfo) => server.send(msg, rinfo.port, rinfo.address));
let n = 0;
let bad = 0;
server.bind(0, '127.0.0.1', () => {
  const client = dgram.createSocket('udp4');
  const next = () => client.send(Buffer.alloc((n * 97) % 9000, n & 0xff), server.address().port, '127.0.0.1');
  client.on('message', (msg, rinfo) => {
    if (msg.length !== (n * 97) % 9000 || rinfo.size !== msg.length || (msg.length && msg[0] !== (n & 0xff))) bad++;
    if (++n === 200) {
      console.log('round trips', n, 'bad', bad);
      client.close();
      server.close();
    } else {
      next();
    }
  });
  next();
});
