// An unref'ed bound socket does not keep the process alive; ref() again would.
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
s.on('message', () => console.log('unexpected message'));
s.bind(0, '127.0.0.1', () => {
  console.log('bound');
  console.log(s.unref() === s);
  const t = dgram.createSocket('udp4');
  t.bind(0);
  t.unref();
  t.ref();
  t.unref();
});
process.on('exit', (code) => console.log('exit', code));
