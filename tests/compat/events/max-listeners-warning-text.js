// The MaxListenersExceededWarning for an EventEmitter: message text (with
// symbol event names and subclass names), fields, emitted once per type,
// and setMaxListeners(0) / Infinity disabling it.
const EventEmitter = require('events');
const log = (...a) => console.log(...a);
process.on('warning', (w) => log('warning', w.name, '|', w.message, '|', w.type === undefined ? 'undef' : String(w.type), w.count));
class MyEmitter extends EventEmitter {}
const e = new MyEmitter();
e.setMaxListeners(1);
e.on('a', () => {}); e.on('a', () => {}); e.on('a', () => {});
const sym = Symbol('sym');
e.on(sym, () => {}); e.on(sym, () => {});
const z = new EventEmitter();
z.setMaxListeners(0);
for (let i = 0; i < 20; i++) z.on('q', () => {});
const inf = new EventEmitter();
inf.setMaxListeners(Infinity);
for (let i = 0; i < 20; i++) inf.on('q', () => {});
const plain = new EventEmitter();
for (let i = 0; i < 11; i++) plain.prependListener('p', () => {});
const onceE = new EventEmitter();
onceE.setMaxListeners(1);
onceE.once('o', () => {}); onceE.once('o', () => {});
log('sync done');
