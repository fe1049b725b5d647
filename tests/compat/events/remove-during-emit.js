// Removing a listener during emit does not affect the current emit.
const EventEmitter = require('events');
const e = new EventEmitter();
function a() { console.log('a'); e.removeListener('x', b); }
function b() { console.log('b'); }
e.on('x', a);
e.on('x', b);
e.emit('x');
console.log('second emit');
e.emit('x');
console.log('count', e.listenerCount('x'));
