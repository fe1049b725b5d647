// events.once / events.on with an EventTarget, events.once('error'),
// events.once rejecting on 'error', and events.addAbortListener ordering and
// disposal.
const events = require('events');
const { EventEmitter, once, on, addAbortListener } = events;
const log = (...a) => console.log(...a);
async function main() {
  const et = new EventTarget();
  process.nextTick(() => et.dispatchEvent(new Event('ping')));
  const [ev] = await once(et, 'ping');
  log('once EventTarget', ev.type, ev instanceof Event, events.getEventListeners(et, 'ping').length);

  const e = new EventEmitter();
  process.nextTick(() => e.emit('error', new Error('boom')));
  try { await once(e, 'never'); } catch (err) { log('once rejected', err.message, e.listenerCount('never'), e.listenerCount('error')); }

  const e2 = new EventEmitter();
  process.nextTick(() => e2.emit('error', new Error('as value')));
  const [v] = await once(e2, 'error');
  log('once(error) resolves', v.message, e2.listenerCount('error'));

  const e3 = new EventEmitter();
  process.nextTick(() => e3.emit('multi', 1, 'two', null));
  log('multiple args', JSON.stringify(await once(e3, 'multi')));

  // events.on with an EventTarget
  const t2 = new EventTarget();
  const it = on(t2, 'tick');
  t2.dispatchEvent(new Event('tick'));
  t2.dispatchEvent(new Event('tick'));
  const first = await it.next();
  log('on EventTarget', first.value[0].type, first.value.length);
  await it.return();

  // addAbortListener
  const ac = new AbortController();
  const order = [];
  ac.signal.addEventListener('abort', () => order.push('plain listener'));
  const disposable = addAbortListener(ac.signal, (evt) => order.push('abort listener ' + (evt && evt.type)));
  log('disposable', typeof disposable[Symbol.dispose]);
  ac.abort();
  log('order', order.join(', '));
  const pre = AbortSignal.abort();
  addAbortListener(pre, (evt) => log('pre-aborted listener', evt === undefined ? 'no event' : evt.type));
  log('after registering on pre-aborted');
  await new Promise((r) => setImmediate(r));
  const ac2 = new AbortController();
  const d2 = addAbortListener(ac2.signal, () => log('disposed listener (unexpected)'));
  d2[Symbol.dispose]();
  ac2.abort();
}
main();
