// An exception thrown by a 'message' listener reaches uncaughtException; the socket keeps working.
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
let n = 0;
process.on('uncaughtException', (e) => console.log('uncaught', e.message));
s.on('message', (m) => {
  n++;
  if (n === 1) throw new Error('boom ' + m);
  console.log('second message', m.toString());
  s.close();
});
s.bind(0, '127.0.0.1', () => {
  s.send('a', s.address().port, '127.0.0.1');
  s.send('b', s.address().port, '127.0.0.1');
});
