// rawListeners returns once wrappers with .listener; calling one removes it.
const EventEmitter = require('events');
const e = new EventEmitter();
function handler(v) { console.log('handler', v); }
e.once('x', handler);
e.on('x', handler);
const raw = e.rawListeners('x');
console.log(raw.length, raw[0] === handler, raw[0].listener === handler, raw[1] === handler);
raw[0]('via wrapper');
console.log('after wrapper call', e.listenerCount('x'));
e.emit('x', 'emit');
