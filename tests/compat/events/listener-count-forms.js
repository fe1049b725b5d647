// listenerCount(type[, listener]) in every form: none, one, many, once wrappers,
// symbols, the static form, prototype-only emitters, odd types and receivers.
const E = require('events');
const e = new E();
const f = () => {}, g = () => {};
console.log(e.listenerCount('x'), e.listenerCount('x', f));
e.on('x', f); console.log(e.listenerCount('x'), e.listenerCount('x', f), e.listenerCount('x', g));
e.on('x', g); e.once('x', f); console.log(e.listenerCount('x'), e.listenerCount('x', f), e.listenerCount('x', null));
const s = Symbol('s'); e.on(s, f); console.log(e.listenerCount(s));
console.log(E.listenerCount(e, 'x'), E.listenerCount({ listenerCount: 3, _events: { x: f } }, 'x'));
const o = Object.create(E.prototype); console.log(o.listenerCount('x'));
console.log(e.listenerCount(), e.listenerCount(1), e.listenerCount({ toString() { return 'x'; } }));
try { E.prototype.listenerCount.call(null, 'x'); } catch (err) { console.log(err.name); }
