// 'newListener' fires before the listener is added; 'removeListener' after removal.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('newListener', (name, fn) => console.log('newListener', String(name), typeof fn, e.listenerCount(name)));
e.on('removeListener', (name) => console.log('removeListener', name, e.listenerCount(name)));
const f = () => {};
e.on('x', f);
e.once('y', () => console.log('y fired'));
e.emit('y');
e.off('x', f);
e.removeAllListeners('x');
