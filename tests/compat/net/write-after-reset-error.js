'use strict';
// Writing to a connection the peer reset reports the reset: the first write that
// fails gets ECONNRESET from the kernel (not EPIPE, which a second attempt at the
// same write would see), unless a read saw the reset first.
const net = require('net');
const server = net.createServer((s) => {
  s.pause();  // the reset must reach a write, not a read
  s._handle.readStop();
  s.on('error', (e) => {
    console.log('server error', e.code, e.syscall, e.errno === require('os').constants.errno[e.code] * -1);
  });
  s.on('close', () => { console.log('server close'); server.close(); });
  const tryWrite = () => {
    if (!s.destroyed) {
      s.write('x');
      setTimeout(tryWrite, 10);
    }
  };
  s.write('hello', () => setTimeout(tryWrite, 10));
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.once('data', () => c.resetAndDestroy());
});
