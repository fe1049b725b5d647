// Errors of connect(), disconnect(), remoteAddress() and send() on a connected socket.
const dgram = require('dgram');
const show = (f) => { try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); } };
const s = dgram.createSocket('udp4');
show(() => s.remoteAddress());
show(() => s.disconnect());
show(() => s.connect(0));
show(() => s.connect(70000));
show(() => s.connect('abc'));
show(() => s.connect(1234, 42));
s.connect(9, '127.0.0.1', () => {
  show(() => s.connect(9, '127.0.0.1'));
  show(() => s.send('x', 9));
  show(() => s.send('x', 9, '127.0.0.1'));
  show(() => s.send('x', 0, 1, 9));
  s.close();
});
show(() => s.connect(10));
