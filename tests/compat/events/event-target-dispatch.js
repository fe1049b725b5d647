// EventTarget dispatch semantics: registration order, once, duplicate
// registration (capture flag makes a distinct listener, any truthy value
// counts), handleEvent objects, stopImmediatePropagation, a listener removed during
// dispatch, and the Event fields during and after dispatch.
const log = (...a) => console.log(...a);
const et = new EventTarget();
const order = [];
const f = (e) => order.push('f');
et.addEventListener('x', f);
et.addEventListener('x', f);
et.addEventListener('x', f, { capture: 'yes' });
et.addEventListener('x', f, true);
et.addEventListener('x', () => order.push('once'), { once: true });
const obj = { handleEvent(e) { order.push(`obj this=${this === obj} type=${e.type}`); } };
et.addEventListener('x', obj);
et.dispatchEvent(new Event('x'));
et.dispatchEvent(new Event('x'));
log(order.join(' | '));
et.removeEventListener('x', f, { capture: 1 });
order.length = 0;
et.dispatchEvent(new Event('x'));
log('after removing capture one:', order.join(' | '));

// a listener removed during dispatch does not run
const t3 = new EventTarget();
const calls = [];
const b = () => calls.push('b');
t3.addEventListener('z', () => { calls.push('a'); t3.removeEventListener('z', b); });
t3.addEventListener('z', b);
t3.addEventListener('z', () => calls.push('d'));
t3.dispatchEvent(new Event('z'));
log('during dispatch', calls.join(','));
calls.length = 0;
t3.dispatchEvent(new Event('z'));
log('second dispatch', calls.join(','));

// stopImmediatePropagation
const t4 = new EventTarget();
t4.addEventListener('s', (e) => { log('s1'); e.stopImmediatePropagation(); log('cancelBubble', e.cancelBubble); });
t4.addEventListener('s', () => log('s2 (should not run)'));
t4.dispatchEvent(new Event('s'));

// Event fields during (in the only listener) and after dispatch
const t5 = new EventTarget();
const ev = new Event('f', { cancelable: true });
log('before', ev.target, ev.currentTarget, ev.eventPhase, ev.composedPath().length, ev.isTrusted);
t5.addEventListener('f', (e) => {
  log('during', e.target === t5, e.currentTarget === t5, e.eventPhase, e.composedPath().length, e.srcElement === t5, e.returnValue);
  e.preventDefault();
  log('prevented', e.defaultPrevented, e.returnValue);
  try { t5.dispatchEvent(e); } catch (err) { log('recursion', err.name, err.code, err.message); }
});
log('dispatch returns', t5.dispatchEvent(ev));
log('after', ev.target === t5, ev.currentTarget, ev.eventPhase, ev.composedPath().length, ev.defaultPrevented);
log('redispatch returns', t5.dispatchEvent(ev));
