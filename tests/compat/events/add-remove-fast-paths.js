'use strict';
// addListener/removeListener in the cases protoJS handles natively (the first and
// the only listener of a type) and at their edges: once-wrappers removed by the
// original function, another function of the same type, symbols and numbers as
// types, the count going to 0, 'newListener'/'removeListener' listeners, invalid
// listeners, a subclass with its own _events, and removal during emit.
const EventEmitter = require('events');

const e = new EventEmitter();
const f = () => console.log('f');
const g = () => console.log('g');
const sym = Symbol('s');

console.log(e.on('a', f) === e, e.listenerCount('a'), e._eventsCount);
e.removeListener('a', g);  // not the registered one
console.log(e.listenerCount('a'), e._eventsCount);
e.once('b', f);
e.off('b', f);  // removes the once-wrapper
console.log(e.listenerCount('b'), e._eventsCount, e.eventNames());
e.on(sym, g);
e.on(1, f);
console.log(e.eventNames(), e._eventsCount);
e.off(sym, g);
e.off('1', f);  // the number type is the key '1'
e.off('a', f);
console.log(e.eventNames(), e._eventsCount, Object.getPrototypeOf(e._events));

// With 'newListener' and 'removeListener' listeners every step is reported.
const r = new EventEmitter();
r.on('newListener', (type, fn) => console.log('newListener', String(type), fn === f));
r.on('removeListener', (type, fn) => console.log('removeListener', String(type), fn === f));
r.on('x', f);
r.off('x', f);
r.once('y', f);
r.emit('y');

// Invalid listeners throw the same errors.
for (const bad of [null, 1, 'x', {}]) {
  try { e.on('z', bad); } catch (err) { console.log('on', err.code); }
  try { e.removeListener('z', bad); } catch (err) { console.log('off', err.code); }
}

// An emitter whose _events was never made (a bare prototype object).
const bare = Object.create(EventEmitter.prototype);
console.log(bare.removeListener('q', f) === bare);
bare.on('q', f);
console.log(bare.listenerCount('q'), bare._eventsCount);

// Removing itself and another listener during emit.
const d = new EventEmitter();
function once1() { console.log('once1'); d.off('t', once1); d.off('u', g); }
d.on('t', once1);
d.on('u', g);
d.emit('t');
d.emit('t');
d.emit('u');
console.log(d.eventNames(), d._eventsCount);

// A second listener of a type turns into an array, and the max-listeners warning.
process.on('warning', (w) => console.log('warning', w.name, w.count));
const m = new EventEmitter();
m.setMaxListeners(1);
m.on('w', f);
m.on('w', g);
m.emit('w');
m.off('w', f);
m.emit('w');
console.log(m.listenerCount('w'), typeof m._events.w);
