// reuseAddr lets two sockets bind one port; without it on one side, EADDRINUSE.
const dgram = require('dgram');
const a = dgram.createSocket({ type: 'udp4', reuseAddr: true });
a.bind(0, '127.0.0.1', () => {
  const port = a.address().port;
  const b = dgram.createSocket({ type: 'udp4', reuseAddr: true });
  b.bind(port, '127.0.0.1', () => {
    console.log('b bound same port', b.address().port === port);
    const c = dgram.createSocket({ type: 'udp4' });
    c.on('error', (e) => {
      console.log('c error', e.code, e.syscall, e.port === port);
      c.close();
      b.close();
      a.close(() => console.log('done'));
    });
    c.bind(port, '127.0.0.1');
  });
});
