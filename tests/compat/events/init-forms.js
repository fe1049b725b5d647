// EventEmitter.init as constructors and old-style subclasses call it: fresh
// _events, a prototype's own _events left alone (an instance gets its own), a frozen
// shared one kept, _maxListeners, captureRejections from options and the default.
const EventEmitter = require('events');
// (From the prototype: protoJS gives an emitter its own kCapture only when it
// captures rejections.)
const kCapture = Object.getOwnPropertySymbols(EventEmitter.prototype)
  .find((s) => String(s) === 'Symbol(kCapture)');
// (Which of them are own properties differs: protoJS leaves an inherited
// _maxListeners of undefined uninherited, to save a shape change per emitter.)
const show = (label, o) => console.log(label, Object.hasOwn(o, '_events'),
  Object.hasOwn(o, '_eventsCount'), o._eventsCount, o._maxListeners, o[kCapture]);

console.log(EventEmitter.init.name, EventEmitter.init.length);
const plain = {};
EventEmitter.init.call(plain);
show('plain', plain);
console.log(Object.getPrototypeOf(plain._events));

function Old() { EventEmitter.init.call(this); }
Object.setPrototypeOf(Old.prototype, EventEmitter.prototype);
show('old', new Old());

function WithProtoEvents() { EventEmitter.init.call(this); }
WithProtoEvents.prototype = Object.create(EventEmitter.prototype);
WithProtoEvents.prototype._events = { a: 1 };
const wp = new WithProtoEvents();
show('proto events', wp);
console.log(wp._events === WithProtoEvents.prototype._events, wp._events.a);


const own = { _events: { b: 2 }, _eventsCount: 1 };
EventEmitter.init.call(own);
console.log('own kept', own._events.b, own._eventsCount);

const withMax = Object.create({ _maxListeners: 0 });
EventEmitter.init.call(withMax);
console.log('max 0 ->', Object.hasOwn(withMax, '_maxListeners'), withMax._maxListeners);
const withMax5 = Object.create({ _maxListeners: 5 });
EventEmitter.init.call(withMax5);
console.log('max 5 ->', Object.hasOwn(withMax5, '_maxListeners'), withMax5._maxListeners);

for (const opts of [undefined, null, {}, { captureRejections: false }, { captureRejections: true }, 7]) {
  const e = new EventEmitter(opts);
  console.log('opts', opts, e[kCapture]);
}
for (const bad of ['yes', 1, {}]) {
  try { new EventEmitter({ captureRejections: bad }); } catch (err) { console.log(err.code, err.message); }
}
EventEmitter.captureRejections = true;
console.log('default now', new EventEmitter()[kCapture], new EventEmitter({ captureRejections: false })[kCapture]);
EventEmitter.captureRejections = false;
try { EventEmitter.init.call(undefined); } catch (err) { console.log('undefined this:', err.name); }
try { EventEmitter.init.call(Object.freeze({})); } catch (err) { console.log('frozen this:', err.name); }
const getterOpts = { get captureRejections() { console.log('  getter read'); return undefined; } };
new EventEmitter(getterOpts);
