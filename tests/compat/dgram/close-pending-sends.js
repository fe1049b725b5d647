// Regression (run it under AddressSanitizer): close() with sends still queued in libuv
// (a small send buffer and a destination off the machine). Each queued send's callback
// gets ECANCELED after 'close'; the pinned Buffers stay valid until then.
const dgram = require('dgram');
const s = dgram.createSocket({ type: 'udp4', sendBufferSize: 4096 });
let settled = 0;
const codes = new Set();
s.bind(0, () => {
  for (let i = 0; i < 200; i++) {
    s.send(Buffer.alloc(30000, i), 9, '10.255.255.1', (err, n) => {
      settled++;
      codes.add(err ? err.code : 'sent');
    });
  }
  setImmediate(() => {
    console.log('queued some', s.getSendQueueCount() >= 0);
    s.close(() => console.log('close event'));
  });
});
process.on('exit', () => {
  console.log('settled', settled);
  console.log('codes ok', [...codes].every((c) => ['sent', 'ECANCELED', 'ENETUNREACH', 'EAGAIN'].includes(c)));
});
