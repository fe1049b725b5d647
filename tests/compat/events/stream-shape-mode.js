'use strict';
// Streams are emitters in "shape mode" in Node 20: removing a type's last listener
// emits no 'removeListener' and eventNames() lists only types with listeners. A
// net.Socket starts with one 'end' listener of its own; sockets must not see each
// other's listeners however they are added and removed.
const { Readable, Writable, Duplex, PassThrough } = require('stream');
const EventEmitter = require('events');
const net = require('net');

const log = (...a) => console.log(...a);
const fn = (name) => { const f = () => log('  called', name); return f; };

function exercise(label, e) {
  log(label);
  const seen = [];
  e.on('removeListener', (type) => seen.push(`remove:${String(type)}`));
  e.on('newListener', (type) => seen.push(`new:${String(type)}`));
  const a = fn('a'); const b = fn('b');
  e.on('x', a);
  e.once('y', b);
  e.emit('y');
  e.on('x', b);
  e.off('x', a);
  e.off('x', b);
  e.on('z', a);
  e.removeAllListeners('z');
  e.prependOnceListener('w', a);
  e.emit('w');
  log('  seen', seen.join(' '));
  log('  names', e.eventNames().map(String).join(','));
  log('  counts', ['x', 'y', 'z', 'w'].map((t) => e.listenerCount(t)).join(','));
}

exercise('EventEmitter', new EventEmitter());
exercise('Readable', new Readable({ read() {} }));
exercise('Writable', new Writable({ write(c, e, cb) { cb(); } }));
exercise('Duplex', new Duplex({ read() {}, write(c, e, cb) { cb(); } }));
exercise('PassThrough', new PassThrough());
exercise('Socket', new net.Socket());

// Sockets: the shared start, then independent changes.
const s1 = new net.Socket();
const s2 = new net.Socket();
log('fresh', s1.eventNames(), s1.listenerCount('end'), s2.listenerCount('end'));
log('end listener is a function', typeof s1.listeners('end')[0]);
s1.on('end', fn('s1 end'));
s1.on('data', fn('s1 data'));
log('after s1 adds', s1.eventNames(), s2.eventNames(), s1.listenerCount('end'), s2.listenerCount('end'));
s2.removeAllListeners('end');
log('after s2 removeAllListeners(end)', s1.eventNames(), s2.eventNames());
const s3 = new net.Socket();
log('s3', s3.eventNames(), s3.listenerCount('end'));
const end3 = s3.listeners('end')[0];
s3.off('end', end3);
log('s3 after off', s3.eventNames(), s3.listenerCount('end'), new net.Socket().listenerCount('end'));
s3.on('end', end3);
s3.prependListener('end', fn('s3 first'));
log('s3 raw', s3.rawListeners('end').length);
const s4 = new net.Socket();
s4.removeAllListeners();
log('s4 all removed', s4.eventNames(), new net.Socket().eventNames());
class MySocket extends net.Socket {}
const m = new MySocket();
m.once('foo', fn('m foo'));
log('subclass', m.eventNames(), new MySocket().eventNames());
m.emit('foo');
m.emit('foo');
log('subclass after emit', m.eventNames(), m.listenerCount('foo'));
for (const s of [s1, s2, s3, s4, m]) s.destroy();

// A connected pair: 'end' reaches the socket's own end handling and the user's.
const server = net.createServer((sock) => {
  sock.on('end', () => log('server saw end; writable:', sock.writable));
  sock.on('close', () => { log('server socket closed'); server.close(); });
  sock.resume();
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    log('client names after connect', c.eventNames());
    c.end('bye');
  });
  c.on('close', () => log('client closed'));
});
