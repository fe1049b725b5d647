// Listener arrays: the second listener of a type makes one, more go at its end, removal
// takes the last match (a once-wrapper too) and one left takes the array's place; the
// max-listeners warning at the limit of the emitter and of the default; removal during emit.
const EE = require('events');
const e = new EE();
const a = () => console.log('a'), b = () => console.log('b'), c = () => console.log('c');
e.on('x', a); e.on('x', b); e.on('x', c); e.on('x', a);
console.log(e.listenerCount('x'), e.listeners('x').map(f => f.name));
e.removeListener('x', a); console.log(e.listeners('x').map(f => f.name));
e.removeListener('x', b); e.removeListener('x', c); console.log(e.rawListeners('x').map(f => f.name), Array.isArray(e._events.x));
e.once('y', b); e.on('y', c); e.removeListener('y', b); console.log(e.listeners('y').map(f => f.name), typeof e._events.y);
e.setMaxListeners(2); e.on('z', a); e.on('z', b);
process.on('warning', (w) => console.log('warning', w.name, w.count));
e.on('z', c);
EE.defaultMaxListeners = 1; const f = new EE(); f.on('q', a); f.on('q', b);
e.emit('x'); e.emit('z');
const g = new EE(); g.on('w', a); g.on('w', b);
g.on('w', function rem() { g.removeListener('w', a); console.log('rem'); }); g.emit('w'); g.emit('w');
