// Event order around close(): listening, message, close; close(cb); operations after close.
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
for (const ev of ['listening', 'close', 'error']) s.on(ev, () => console.log('event', ev));
s.on('message', (m) => {
  console.log('event message', m.toString());
  s.close(() => console.log('close callback'));
  console.log('after close() call');
  process.nextTick(() => console.log('nextTick after close'));
  const show = (name, f) => { try { f(); console.log(name, 'ok'); } catch (e) { console.log(name, e.name, e.code, e.message); } };
  show('close again', () => s.close());
  show('send', () => s.send('x', 1234, '127.0.0.1'));
  show('address', () => s.address());
  show('bind', () => s.bind(0));
  show('ref', () => console.log(s.ref() === s));
  show('unref', () => console.log(s.unref() === s));
});
s.bind(0, '127.0.0.1', () => {
  console.log('bind callback');
  s.send('self', s.address().port, '127.0.0.1');
});
