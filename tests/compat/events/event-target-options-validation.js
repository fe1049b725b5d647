// EventTarget argument handling as Node 20: options must be an object (a
// function or an array will do), the getters are read once/capture/passive/signal,
// a string listener is rejected on add and remove, a Symbol type is rejected,
// dispatchEvent() without an event, and removeEventListener(type, fn, true) not
// matching a capture listener (Node 20 looks only at options.capture === true).
const log = (...a) => console.log(...a);
const t = (label, f) => { try { f(); log(label, 'ok'); } catch (e) { log(label, e.name, e.code, e.message); } };
process.on('warning', (w) => log('warning', w.name, w.message, w.type));
const fn = () => {};
const et = new EventTarget();
t('options string', () => et.addEventListener('a', fn, 'str'));
t('options number', () => et.addEventListener('a', fn, 5));
t('options function', () => et.addEventListener('a', fn, function () {}));
t('options array', () => et.addEventListener('a', fn, []));
t('options null', () => et.addEventListener('a', fn, null));
t('string listener', () => et.addEventListener('a', 'x'));
t('number listener, bad signal', () => et.addEventListener('a', 5, { signal: 'x' }));
t('null listener, bad signal', () => et.addEventListener('a', null, { signal: 'x' }));
t('missing listener', () => et.addEventListener('a'));
t('missing on a plain object', () => EventTarget.prototype.addEventListener.call({}));
t('symbol type', () => et.addEventListener(Symbol('s'), fn));
t('remove symbol type', () => et.removeEventListener(Symbol('s'), fn));
t('remove string listener', () => et.removeEventListener('a', 'x'));
t('remove null listener', () => et.removeEventListener('a', null));
t('remove missing listener', () => et.removeEventListener('a'));
t('remove, options string', () => et.removeEventListener('a', fn, 'str'));
t('dispatch nothing', () => et.dispatchEvent());
t('dispatch undefined', () => et.dispatchEvent(undefined));
t('dispatch plain object', () => et.dispatchEvent({ type: 'a' }));
t('dispatch on a primitive', () => EventTarget.prototype.dispatchEvent.call(1, new Event('a')));
t('undefined listener', () => et.addEventListener('u', undefined));

let calls = 0;
const c = () => calls++;
et.addEventListener('c', c, true);
et.removeEventListener('c', c, true);
et.dispatchEvent(new Event('c'));
log('after remove(type, fn, true)', calls);
et.removeEventListener('c', c, { capture: true });
et.dispatchEvent(new Event('c'));
log('after remove(type, fn, { capture: true })', calls);

const order = [];
const opts = {
  get once() { order.push('once'); }, get capture() { order.push('capture'); },
  get passive() { order.push('passive'); }, get signal() { order.push('signal'); },
};
et.addEventListener('g', fn, opts);
log('add reads', order.join());
order.length = 0;
et.removeEventListener('g', fn, opts);
log('remove reads', order.join());
log('numeric type', (() => { const r = []; et.addEventListener(1, () => r.push('1')); et.dispatchEvent(new Event('1')); return r.join(); })());
