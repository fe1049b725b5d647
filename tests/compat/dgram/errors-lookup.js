// A host name that does not resolve: ENOTFOUND through 'error' (bind) or the send callback.
const dgram = require('dgram');
const lookup = (host, family, cb) => {
  console.log('lookup', host, family);
  if (host !== 'nowhere.invalid') return require('dns').lookup(host, family, cb);
  const err = new Error(`getaddrinfo ENOTFOUND ${host}`);
  err.code = 'ENOTFOUND';
  err.errno = -3008;
  err.syscall = 'getaddrinfo';
  err.hostname = host;
  process.nextTick(cb, err);
};
const s = dgram.createSocket({ type: 'udp4', lookup });
s.on('error', (e) => {
  console.log('bind error', e.message, e.code, e.errno, e.syscall, e.hostname);
  const t = dgram.createSocket('udp4');
  t.bind(0, '127.0.0.1', () => {
    const u = dgram.createSocket({ type: 'udp4', lookup });
    u.bind(0, () => {
      u.send('x', 1234, 'nowhere.invalid', (err) => {
        console.log('send error', err.message, err.code, err.syscall);
        u.close();
        t.close();
        s.close();
      });
    });
  });
});
s.bind(0, 'nowhere.invalid');
