// close() while a bind is pending runs after it; close() on a never-bound socket.
const dgram = require('dgram');
const a = dgram.createSocket('udp4');
a.on('close', () => console.log('a close'));
a.close(() => console.log('a close cb'));
const b = dgram.createSocket('udp4');
b.on('listening', () => console.log('b listening'));
b.on('close', () => console.log('b close'));
b.send('x', 9, '127.0.0.1', (err, n) => console.log('b send cb', err, n));
b.close();
console.log('sync end');
