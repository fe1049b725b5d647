// once, prependListener and prependOnceListener ordering.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('x', () => console.log('on'));
e.once('x', () => console.log('once'));
e.prependListener('x', () => console.log('prepend'));
e.prependOnceListener('x', () => console.log('prependOnce'));
console.log('emit returns', e.emit('x'));
console.log('--');
e.emit('x');
console.log('no listeners emit returns', e.emit('nothing'));
