// A throwing listener stops the emit; the once listener was already removed.
const EventEmitter = require('events');
const e = new EventEmitter();
e.once('x', () => { throw new Error('listener threw'); });
e.on('x', () => console.log('second listener'));
try { e.emit('x'); } catch (err) { console.log('caught', err.message); }
console.log('count', e.listenerCount('x'));
e.emit('x');
