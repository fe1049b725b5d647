// events.getEventListeners / getMaxListeners / setMaxListeners with an
// EventTarget and an AbortSignal, and the MaxListenersExceededWarning an
// EventTarget emits past its limit.
const events = require('events');
const log = (...a) => console.log(...a);
process.on('warning', (w) => log('warning', w.name, w.message, w.target === et, w.type, w.count));
const et = new EventTarget();
const f = () => {};
const obj = { handleEvent() {} };
et.addEventListener('a', f);
et.addEventListener('a', obj);
et.addEventListener('a', f, true);
const ls = events.getEventListeners(et, 'a');
log('listeners', ls.length, ls[0] === f, ls[1] === obj);
log('none', events.getEventListeners(et, 'missing').length);
log('max default', events.getMaxListeners(et));
events.setMaxListeners(2, et);
log('max after set', events.getMaxListeners(et));
for (let i = 0; i < 3; i++) et.addEventListener('b', () => {});
log('added 3 b listeners');
et.addEventListener('b', () => {});
log('added a 4th');

const ac = new AbortController();
log('signal max', events.getMaxListeners(ac.signal));
events.setMaxListeners(1, ac.signal);
log('signal max after', events.getMaxListeners(ac.signal));
ac.signal.addEventListener('abort', () => {});
log('signal listeners', events.getEventListeners(ac.signal, 'abort').length);
try { events.setMaxListeners(-1, et); } catch (e) { log('negative', e.name, e.code); }
try { events.setMaxListeners(1, {}); } catch (e) { log('bad target', e.name, e.code); }
try { events.getEventListeners({}, 'x'); } catch (e) { log('bad getEventListeners', e.name, e.code); }
log('symbols', typeof events.kMaxEventTargetListeners, typeof events.kMaxEventTargetListenersWarned);
