// Listeners added by events.addAbortListener and events.once still run after an
// earlier listener called stopImmediatePropagation(); what on() checks of its
// options (Node 20 does not require an object); on() ends with the signal, and its
// iterator exposes the watermark data.
const events = require('events');
const log = (...a) => console.log(...a);
async function main() {
  const ac = new AbortController();
  ac.signal.addEventListener('abort', (e) => { log('first stops'); e.stopImmediatePropagation(); });
  events.addAbortListener(ac.signal, () => log('addAbortListener listener runs'));
  ac.signal.addEventListener('abort', () => log('plain listener (must not run)'));
  const ee = new events.EventEmitter();
  const onceP = events.once(ee, 'never', { signal: ac.signal }).catch((e) => log('once rejected', e.name, e.cause === ac.signal.reason));
  const et = new EventTarget();
  et.addEventListener('x', (e) => { log('x first stops'); e.stopImmediatePropagation(); });
  const etOnce = events.once(et, 'x').then(([e]) => log('once on EventTarget resolved', e.type));
  et.addEventListener('x', () => log('x plain (must not run)'));
  ac.abort(new Error('r'));
  et.dispatchEvent(new Event('x'));
  await onceP;
  await etOnce;
  log('listeners left', events.getEventListeners(ac.signal, 'abort').length, events.getEventListeners(et, 'x').length);

  for (const [label, f] of [
    ['on options null', () => events.on(ee, 'a', null)],
    ['on options string', () => events.on(ee, 'a', 'x')],
    ['on options array', () => events.on(ee, 'a', [])],
    ['on highWaterMark 0', () => events.on(ee, 'a', { highWaterMark: 0 })],
    ['on lowWaterMark 1.5', () => events.on(ee, 'a', { lowWaterMark: 1.5 })],
    ['on highWatermark string', () => events.on(ee, 'a', { highWatermark: '3' })],
    ['on signal string', () => events.on(ee, 'a', { signal: 'x' })],
    ['on emitter without methods', () => events.on({}, 'a')],
  ]) {
    try {
      const r = f();
      if (r && typeof r.then === 'function') await r.then(() => log(label, 'resolved'), (e) => log(label, 'rejects', e.name, e.code, e.message));
      else log(label, 'ok');
    } catch (e) { log(label, 'throws', e.name, e.code, e.code ? e.message : ''); }
  }

  const ac2 = new AbortController();
  const e2 = new events.EventEmitter();
  const it = events.on(e2, 'v', { signal: ac2.signal });
  e2.emit('v', 1);
  log('on listeners', e2.listenerCount('v'), e2.listenerCount('error'), events.getEventListeners(ac2.signal, 'abort').length);
  ac2.abort('why');
  log('after abort listeners', e2.listenerCount('v'), e2.listenerCount('error'), events.getEventListeners(ac2.signal, 'abort').length);
  log('queued value', JSON.stringify(await it.next()));
  try { await it.next(); } catch (e) { log('then rejects', e.name, e.cause); }
  log('then done', JSON.stringify(await it.next()));

  const e3 = new events.EventEmitter();
  e3.pause = () => log('pause');
  e3.resume = () => log('resume');
  const it3 = events.on(e3, 'w', { highWatermark: 2, lowWatermark: 2 });
  const wm = it3[Symbol.for('nodejs.watermarkData')];
  log('watermark', wm.size, wm.low, wm.high, wm.isPaused, Object.keys(wm).join());
  for (let i = 0; i < 4; i++) e3.emit('w', i);
  log('after 4 events', wm.size, wm.isPaused);
  await it3.next();
  await it3.next();
  log('after 2 next', wm.size, wm.isPaused);
  await it3.return();
  log('returned', wm.size, e3.listenerCount('w'));
}
main();
