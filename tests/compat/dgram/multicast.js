// Multicast on the loopback interface: join, loop back a datagram to the group, leave.
// (The timer only fires when the machine delivers no multicast.)
const dgram = require('dgram');
const s = dgram.createSocket({ type: 'udp4', reuseAddr: true });
s.bind(0, () => {
  try { s.addMembership('239.255.0.7', '127.0.0.1'); console.log('joined'); } catch (e) { console.log('join failed', e.code); s.close(); return; }
  s.setMulticastInterface('127.0.0.1');
  s.setMulticastLoopback(true);
  const t = setTimeout(() => { console.log('no multicast delivery'); s.close(); }, 1000);
  s.on('message', (m) => { clearTimeout(t); console.log('got', m.toString()); s.dropMembership('239.255.0.7', '127.0.0.1'); s.close(); });
  s.send('mc', s.address().port, '239.255.0.7');
});
