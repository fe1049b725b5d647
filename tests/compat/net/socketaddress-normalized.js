// SocketAddress prints an IPv6 address back the way inet_ntop writes it.
const net = require('net');
const addresses = [
  '::0001', '::', '::1', '0:0:0:0:0:0:0:1', 'FE80::ABCD', 'fe80:0:0:0:1:0:0:1', '1:0:0:2:0:0:0:3',
  '2001:db8::1:0:0:1', '::ffff:1.2.3.4', '::ffff:0102:0304', '::1.2.3.4', '::2:3', '1::', '1:2:3:4:5:6:7:8',
  '0:0:1::', '1:0:0:0:0:0:0:0', '::ffff:0:1', '::fffe:1.2.3.4', 'fe80::1%eth0', '0000:0000::00ff:0:1',
];
for (const address of addresses) {
  try {
    console.log(address, '->', new net.SocketAddress({ address, family: 'ipv6' }).address);
  } catch (e) {
    console.log(address, 'throws', e.code);
  }
}
console.log(new net.SocketAddress({ address: '10.0.0.1' }).address);
