// Errors of send(): a bind failure drops queued sends; a send to an unreachable family
// address reports through the callback; a send without a callback emits 'error'.
const dgram = require('dgram');
const holder = dgram.createSocket('udp4');
holder.bind(0, '127.0.0.1', () => {
  const port = holder.address().port;
  const s = dgram.createSocket('udp4');
  s.bind(port, '127.0.0.1');
  s.send('queued', 1234, '127.0.0.1', () => console.log('unexpected send cb'));
  s.on('error', (e) => {
    console.log('s error', e.code, e.syscall);
    s.close(() => console.log('s closed'));
    const t = dgram.createSocket('udp4');
    t.send('x', 1234, '::1', (err) => {
      console.log('send cb', err && err.code, err && err.syscall, err && err.address, err && err.port);
      t.close();
      holder.close();
    });
  });
});
