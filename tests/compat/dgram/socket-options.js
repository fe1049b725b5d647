// Socket options on an unbound socket (EBADF) and on a bound one.
const dgram = require('dgram');
const show = (name, f) => {
  try { console.log(name, 'ok', f()); } catch (e) { console.log(name, '|', e.name, e.code, e.errno, e.syscall, e.message); }
};
const s = dgram.createSocket('udp4');
show('setBroadcast unbound', () => s.setBroadcast(true));
show('setTTL unbound', () => s.setTTL(5));
s.bind(0, '127.0.0.1', () => {
  show('setBroadcast', () => s.setBroadcast(true));
  show('setBroadcast off', () => s.setBroadcast(false));
  show('setTTL', () => s.setTTL(64));
  show('setTTL 0', () => s.setTTL(0));
  show('setTTL 300', () => s.setTTL(300));
  show('setMulticastTTL', () => s.setMulticastTTL(2));
  show('setMulticastLoopback', () => s.setMulticastLoopback(true));
  show('setMulticastLoopback 0', () => s.setMulticastLoopback(0));
  show('setMulticastInterface', () => s.setMulticastInterface('127.0.0.1'));
  show('setMulticastInterface bad', () => s.setMulticastInterface('nope'));
  show('addMembership bad', () => s.addMembership('not-an-ip'));
  show('addMembership unicast', () => s.addMembership('127.0.0.1'));
  show('dropMembership never joined', () => s.dropMembership('239.1.2.3', '127.0.0.1'));
  s.close();
});
const m = dgram.createSocket('udp4');
m.bind(0, '127.0.0.1', () => {
  show('addSourceSpecificMembership bad', () => m.addSourceSpecificMembership('nope', '232.1.1.1'));
  show('addSourceSpecificMembership num', () => m.addSourceSpecificMembership(1, '232.1.1.1'));
  show('addSourceSpecificMembership group num', () => m.addSourceSpecificMembership('10.0.0.1', 2));
  show('dropSourceSpecificMembership', () => m.dropSourceSpecificMembership('10.0.0.1', '232.1.1.1', '127.0.0.1'));
  show('addSourceSpecificMembership unicast group', () => m.addSourceSpecificMembership('10.0.0.1', '10.0.0.2'));
  m.close();
  show('addMembership closed', () => m.addMembership('239.1.1.1'));
});
