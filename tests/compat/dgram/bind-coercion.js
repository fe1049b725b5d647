// bind() with non-numeric ports binds an ephemeral port (Node does not validate them);
// a udp4 socket bound to an IPv6 address fails with EINVAL; connect() defaults to localhost.
const dgram = require('dgram');
for (const p of ['abc', null, NaN, undefined]) {
  const s = dgram.createSocket('udp4');
  s.bind(p, '127.0.0.1', () => { console.log('bound', p, s.address().port > 0); s.close(); });
}
const v = dgram.createSocket('udp4');
v.bind(0, '::1');
v.on('error', (e) => { console.log('v', e.code, e.message, e.syscall, e.address); v.close(); });
const w = dgram.createSocket('udp4');
w.connect(5, (e) => { console.log('w connect', e); console.log(w.remoteAddress()); w.close(); });
