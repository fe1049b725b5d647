// A listener added during emit runs on the next emit only.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('x', () => { console.log('first'); e.on('x', () => console.log('added')); });
e.emit('x');
console.log('--');
e.emit('x');
