// A connected socket whose peer port is closed: ECONNREFUSED is reported on the next recv.
const dgram = require('dgram');
const peer = dgram.createSocket('udp4');
peer.bind(0, '127.0.0.1', () => {
  const port = peer.address().port;
  peer.close(() => {
    const s = dgram.createSocket('udp4');
    s.connect(port, '127.0.0.1', () => {
      s.send('x', (err) => {
        console.log('send cb', err);
      });
    });
    s.on('error', (e) => {
      console.log('error', e.message, e.code, e.errno, e.syscall, e.address, e.port);
      s.close(() => console.log('closed'));
    });
  });
});
