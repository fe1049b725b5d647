// setMaxListeners / getMaxListeners and the defaultMaxListeners bounds.
const EventEmitter = require('events');
const e = new EventEmitter();
console.log(e.getMaxListeners(), EventEmitter.defaultMaxListeners);
e.setMaxListeners(2);
console.log(e.getMaxListeners());
try { e.setMaxListeners(-1); } catch (err) { console.log(err.code, err.message); }
try { EventEmitter.defaultMaxListeners = 'x'; } catch (err) { console.log(err.code); }
process.on('warning', (w) => console.log('warning', w.name, w.emitter === e, w.type, w.count));
for (let i = 0; i < 3; i++) e.on('leak', () => {});
console.log('added three');
