// Listeners get the emitter as this (not for arrow functions) and all arguments.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('x', function (...args) { console.log(this === e, args.length, args.join('-')); });
e.emit('x', 1, 2, 3, 4, 5);
e.emit('x');
