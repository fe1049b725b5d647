// getSendQueueSize()/getSendQueueCount() on a bound socket, and sent-byte counts.
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
s.bind(0, '127.0.0.1', () => {
  console.log(s.getSendQueueSize(), s.getSendQueueCount());
  let n = 0;
  s.on('message', (m) => {
    if (++n === 3) {
      console.log('got 3', s.getSendQueueSize(), s.getSendQueueCount());
      s.close();
    }
  });
  for (let i = 0; i < 3; i++) s.send(Buffer.alloc(100 * (i + 1)), s.address().port, '127.0.0.1', (e, b) => console.log('sent', i, e, b));
});
