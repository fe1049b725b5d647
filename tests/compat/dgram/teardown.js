// process.exit() with open, receiving sockets and a send just made: clean teardown.
const dgram = require('dgram');
const a = dgram.createSocket('udp4');
const b = dgram.createSocket('udp6');
a.on('message', () => {});
a.bind(0, '127.0.0.1', () => {
  b.bind(0, () => {
    a.send(Buffer.alloc(1000), a.address().port, '127.0.0.1', () => console.log('sent cb'));
    console.log('exiting');
    process.exit(3);
  });
});
process.on('exit', (c) => console.log('exit', c));
