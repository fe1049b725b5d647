// Binding a port in use: the error's full shape (message, code, errno, syscall, address, port).
const dgram = require('dgram');
const a = dgram.createSocket('udp4');
a.bind(0, '127.0.0.1', () => {
  const port = a.address().port;
  const b = dgram.createSocket('udp4');
  b.on('listening', () => console.log('unexpected listening'));
  b.on('error', (err) => {
    console.log(err.message.replace(String(port), 'PORT'));
    console.log(err.name, err.code, err.errno, err.syscall, err.address, err.port === port, err instanceof Error);
    console.log(Object.keys(err).sort().join(','));
    let t = false;
    try { b.address(); } catch (e) { t = e.code; }
    console.log('address after failed bind:', t);
    // A failed bind leaves the socket unbound: it can bind again.
    b.bind(0, '127.0.0.1', () => {
      console.log('rebound', b.address().port !== port);
      b.close();
      a.close();
    });
  });
  b.bind(port, '127.0.0.1');
});
