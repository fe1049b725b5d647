// Event and CustomEvent fields, preventDefault, stopImmediatePropagation.
const e = new Event('foo', { cancelable: true, bubbles: true });
console.log(e.type, e.cancelable, e.bubbles, e.composed, e.defaultPrevented, e.isTrusted, e.eventPhase, typeof e.timeStamp);
const et = new EventTarget();
et.addEventListener('foo', (ev) => { ev.preventDefault(); ev.stopImmediatePropagation(); console.log('first'); });
et.addEventListener('foo', () => console.log('second'));
console.log(et.dispatchEvent(e), e.defaultPrevented, e.returnValue);
const n = new Event('n');
n.preventDefault();
console.log(n.defaultPrevented);
const ce = new CustomEvent('c', { detail: { k: 1 } });
console.log(ce.detail.k, ce instanceof Event, new CustomEvent('d').detail);
console.log(Object.prototype.toString.call(e), Object.prototype.toString.call(ce), Event.NONE, Event.AT_TARGET);
try { new Event(); } catch (err) { console.log(err.name, err.code, err.message); }
