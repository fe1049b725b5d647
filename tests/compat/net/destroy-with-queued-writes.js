'use strict';
// A peer that never reads: writes pile up in writableLength; destroy() then frees them.
// Queued writes' callbacks get ERR_STREAM_DESTROYED (codes printed as a set, counts as
// totals), no 'error' event is emitted, and 'close' has hadError false.
const net = require('net');
let peer;
const server = net.createServer((s) => { peer = s; s.pause(); });
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    const chunk = Buffer.alloc(1024 * 1024, 'q');
    const N = 40;
    let called = 0;
    const codes = new Set();
    let errs = 0;
    let syncCalls = 0;
    let sync = true;
    for (let i = 0; i < N; i++) {
      c.write(chunk, (e) => {
        called++;
        if (sync) syncCalls++;
        if (e) { errs++; codes.add(e.code); }
        if (called === N) console.log('callbacks', called, 'errors>0', errs > 0, [...codes].join(','));
      });
    }
    console.log('pending', c.writableLength > 0, c.writableNeedDrain, c.writableLength <= N * chunk.length);
    c.destroy();
    sync = false;
    console.log('after destroy', c.destroyed, c.writable, c.writableLength > 0, syncCalls);
    console.log('write after destroy returns', c.write('x', (e) => console.log('late cb', e && e.code)));
  });
  c.on('error', (e) => console.log('error event', e.code));
  c.on('close', (h) => {
    console.log('close', h, c.writableLength > 0);
    setImmediate(() => { peer.destroy(); server.close(); });
  });
});
