// EventTarget listener objects: any object is accepted (handleEvent is looked
// up at dispatch time, a missing one is skipped), and since Node wraps them in
// an async function an exception from handleEvent is reported as uncaught only
// after pending microtasks have run.
const log = (...a) => console.log(...a);
process.on('uncaughtException', (e) => log('uncaught', e.message));
const et = new EventTarget();
const late = {};
try {
  et.addEventListener('y', late);
  log('object without handleEvent accepted');
} catch (e) { log('rejected', e.name, e.code); }
et.dispatchEvent(new Event('y'));
late.handleEvent = function (e) { log('late handleEvent', this === late, e.type); };
et.dispatchEvent(new Event('y'));
et.removeEventListener('y', late);

const t2 = new EventTarget();
t2.addEventListener('t', { handleEvent() { throw new Error('handleEvent threw'); } });
t2.addEventListener('t', () => log('next listener runs'));
t2.dispatchEvent(new Event('t'));
Promise.resolve().then(() => log('microtask'));
process.nextTick(() => log('tick'));
log('sync end');
