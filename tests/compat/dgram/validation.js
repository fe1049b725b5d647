// Argument validation: Node's codes, classes and messages.
const dgram = require('dgram');
const show = (name, f) => {
  try { f(); console.log(name, 'no error'); } catch (e) { console.log(name, '|', e.name, e.code, '|', e.message); }
};
show('no type', () => dgram.createSocket());
show('bad type', () => dgram.createSocket('udp5'));
show('bad options type', () => dgram.createSocket({ type: 'tcp' }));
show('bad lookup', () => dgram.createSocket({ type: 'udp4', lookup: 1 }));
show('bad signal', () => dgram.createSocket({ type: 'udp4', signal: {} }));
const s = dgram.createSocket('udp4');
show('send number', () => s.send(42, 1234, '127.0.0.1'));
show('send object', () => s.send({}, 1234, '127.0.0.1'));
show('send bad list', () => s.send([1, 2], 1234, '127.0.0.1'));
show('send port 0', () => s.send('x', 0, '127.0.0.1'));
show('send port big', () => s.send('x', 65536, '127.0.0.1'));
show('send port str', () => s.send('x', 'abc', '127.0.0.1'));
show('send no port', () => s.send('x'));
show('send bad address', () => s.send('x', 1234, 42));
show('offset out', () => s.send(Buffer.alloc(2), 3, 1, 1234, '127.0.0.1'));
show('length out', () => s.send(Buffer.alloc(2), 1, 5, 1234, '127.0.0.1'));
show('setTTL str', () => s.setTTL('1'));
show('setMulticastTTL str', () => s.setMulticastTTL(null));
show('setMulticastInterface num', () => s.setMulticastInterface(1));
show('addMembership none', () => s.addMembership());
show('dropMembership none', () => s.dropMembership(''));
show('setRecvBufferSize -1', () => s.setRecvBufferSize(-1));
show('setSendBufferSize 1.5', () => s.setSendBufferSize(1.5));
show('setRecvBufferSize str', () => s.setRecvBufferSize('10'));
show('bind', () => s.bind(0, '127.0.0.1'));
show('bind again', () => s.bind(0));
s.on('listening', () => {
  show('bind after listening', () => s.bind(0));
  s.close();
});
