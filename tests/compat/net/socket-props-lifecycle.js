'use strict';
// Socket properties at each lifecycle step (new, connect() called, 'connect', after
// destroy(), 'close'): presence/type of address fields, address() shape, timeout,
// bytesRead/bytesWritten, pending/connecting/destroyed, _handle presence.
const net = require('net');
const keys = (o) => (o && typeof o === 'object') ? Object.keys(o).sort().join(',') : String(o);
function snap(label, s) {
  let addr;
  try { addr = keys(s.address()); } catch (e) { addr = 'throws ' + e.code; }
  console.log(label, [
    typeof s.remoteAddress, typeof s.remotePort, typeof s.remoteFamily,
    typeof s.localAddress, typeof s.localPort, typeof s.localFamily,
    'addr=' + addr, 'timeout=' + s.timeout, s.bytesRead, s.bytesWritten,
    s.pending, s.connecting, s.destroyed, s.readyState, !!s._handle,
  ].join(' '));
}
const server = net.createServer((s) => {
  snap('server-side', s);
  s.end('hello');
});
server.listen(0, '127.0.0.1', () => {
  const c = new net.Socket();
  snap('new', c);
  c.setTimeout(1000);
  c.connect(server.address().port, '127.0.0.1');
  snap('connecting', c);
  c.on('connect', () => { snap('connect', c); c.write('abc'); });
  c.on('end', () => snap('end', c));
  c.on('close', () => {
    snap('close', c);
    c.setTimeout(0);
    console.log('timeout after setTimeout(0)', c.timeout);
    server.close();
  });
  c.resume();
});
