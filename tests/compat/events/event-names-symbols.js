// eventNames includes symbols in insertion order.
const EventEmitter = require('events');
const e = new EventEmitter();
const s = Symbol('sym');
e.on('b', () => {});
e.on(s, () => console.log('symbol event'));
e.on('a', () => {});
console.log(e.eventNames().map(String).join(','));
e.emit(s);
