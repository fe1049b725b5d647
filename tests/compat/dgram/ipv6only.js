// ipv6Only: a udp6 socket on :: with ipv6Only does not take IPv4 traffic, and leaves
// the IPv4 port free; without it a udp4 bind to the same port fails.
const dgram = require('dgram');
const a = dgram.createSocket({ type: 'udp6', ipv6Only: true });
a.bind(0, '::', () => {
  const port = a.address().port;
  const b = dgram.createSocket('udp4');
  b.on('error', (e) => console.log('b error', e.code));
  b.bind(port, '0.0.0.0', () => {
    console.log('udp4 bind on same port ok');
    b.close();
    a.close();
    const c = dgram.createSocket('udp6');
    c.bind(0, '::', () => {
      const d = dgram.createSocket('udp4');
      d.on('error', (e) => {
        console.log('d error', e.code, e.syscall, e.address);
        c.close();
      });
      d.bind(c.address().port, '0.0.0.0');
    });
  });
});
