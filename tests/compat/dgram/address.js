// address() before bind (EBADF), after bind, for udp4 and udp6 and default addresses.
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
try { s.address(); } catch (e) {
  console.log(e.name, e.code, e.errno, e.syscall, e.message, Object.keys(e).sort().join(','));
}
s.bind(() => {
  const a = s.address();
  console.log(Object.keys(a).join(','), a.address, a.family, typeof a.port);
  const t = dgram.createSocket('udp6');
  t.bind(0, () => {
    const b = t.address();
    console.log(b.address, b.family, typeof b.port, b.port !== a.port);
    const u = dgram.createSocket('udp4');
    u.bind({ port: 0, address: '127.0.0.1' }, () => {
      console.log(u.address().address);
      u.close(); t.close(); s.close();
    });
  });
});
