// A once listener can be removed by the original function before it fires.
const EventEmitter = require('events');
const e = new EventEmitter();
function f() { console.log('fired (unexpected)'); }
e.once('x', f);
console.log('listeners', e.listeners('x')[0] === f, 'raw is wrapper', e.rawListeners('x')[0] !== f);
e.removeListener('x', f);
console.log('after remove', e.listenerCount('x'));
e.emit('x');
