// bind() forms: (), (cb), (port), (port, cb), (port, address, cb), (options, cb); the
// callback and 'listening' order.
const dgram = require('dgram');
const forms = [
  (s, cb) => s.bind(cb),
  (s, cb) => { s.once('listening', cb); s.bind(); },
  (s, cb) => { s.once('listening', cb); s.bind(0); },
  (s, cb) => s.bind(0, cb),
  (s, cb) => s.bind(0, '127.0.0.1', cb),
  (s, cb) => s.bind({ port: 0, address: '127.0.0.1' }, cb),
  (s, cb) => s.bind({}, cb),
  (s, cb) => s.bind('0', '127.0.0.1', cb),
];
(async () => {
  for (let i = 0; i < forms.length; i++) {
    const s = dgram.createSocket('udp4');
    s.on('listening', () => console.log(i, 'listening event'));
    await new Promise((resolve) => forms[i](s, function () {
      console.log(i, 'cb', this === s, s.address().address);
      resolve();
    }));
    console.log(i, 'returns', s.bind === dgram.Socket.prototype.bind);
    await new Promise((r) => s.close(r));
  }
  const s = dgram.createSocket('udp4');
  console.log('bind returns socket', s.bind(0) === s);
  s.close();
})();
