'use strict';
// The peer resets (resetAndDestroy) while we write a large buffer it never reads:
// 'error' carries ECONNRESET or EPIPE (which one depends on timing, so only membership
// is printed), the pending write's callback then runs with null, 'error' comes before
// 'close', close(hadError) is true, and the socket state afterwards.
const net = require('net');
const server = net.createServer((s) => {
  s.pause();
  setTimeout(() => s.resetAndDestroy(), 20);
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    const big = Buffer.alloc(16 * 1024 * 1024, 'a');
    const ret = c.write(big, (e) => {
      console.log('write cb', e ? ['ECONNRESET', 'EPIPE'].includes(e.code) : e);
      if (e) console.log('cb err fields', e.name, typeof e.errno, e.syscall === 'write' || e.syscall === 'read');
    });
    console.log('write returned', ret, c.writableNeedDrain);
  });
  const events = [];
  c.on('error', (e) => {
    events.push('error');
    console.log('error', ['ECONNRESET', 'EPIPE'].includes(e.code), e.name, c.destroyed);
  });
  c.on('drain', () => events.push('drain'));
  c.on('end', () => events.push('end'));
  c.on('finish', () => events.push('finish'));
  c.on('close', (hadError) => {
    events.push('close:' + hadError);
    console.log(events.join(' '));
    console.log('after', c.destroyed, c.readyState, c.writable, c.readable, c.bytesWritten > 0, c.bytesWritten <= 16 * 1024 * 1024);
    console.log('writableLength', c.writableLength, 'errored', !!c.errored);
    server.close();
  });
});
