// EventTarget passive listeners (preventDefault ignored), non-cancelable
// events, a throwing listener (uncaught exception after the rest ran),
// argument validation and the AbortSignal option.
const log = (...a) => console.log(...a);
process.on('uncaughtException', (err) => log('uncaught', err.message));
const et = new EventTarget();
et.addEventListener('p', (e) => { e.preventDefault(); log('passive prevented?', e.defaultPrevented); }, { passive: true });
et.addEventListener('p', (e) => log('next listener sees', e.defaultPrevented));
log('passive dispatch returns', et.dispatchEvent(new Event('p', { cancelable: true })));

const nc = new Event('n');
nc.preventDefault();
log('non-cancelable prevented', nc.defaultPrevented, nc.cancelable);

et.addEventListener('t', () => { throw new Error('listener threw'); });
et.addEventListener('t', () => log('second listener still runs'));
et.dispatchEvent(new Event('t'));
log('dispatch finished synchronously');

// validation
try { et.addEventListener('a'); } catch (e) { log('missing listener', e.name, e.code, e.message); }
try { et.addEventListener('a', 'str'); } catch (e) { log('string listener', e.name, e.code); }
try { et.dispatchEvent('a'); } catch (e) { log('dispatch string', e.name, e.code); }
try { et.dispatchEvent({ type: 'a' }); } catch (e) { log('dispatch plain object', e.name, e.code); }
try { new Event(); } catch (e) { log('new Event()', e.name, e.code, e.message); }

// signal option
const ac = new AbortController();
et.addEventListener('sig', () => log('sig listener'), { signal: ac.signal });
et.dispatchEvent(new Event('sig'));
ac.abort();
et.dispatchEvent(new Event('sig'));
log('after abort dispatch done');
et.addEventListener('sig', () => log('never (pre-aborted)'), { signal: AbortSignal.abort() });
et.dispatchEvent(new Event('sig'));

// CustomEvent detail and Event constructor options
const ce = new CustomEvent('c', { detail: { k: 1 } });
log('detail', JSON.stringify(ce.detail), ce instanceof Event, Object.prototype.toString.call(ce));
log('default detail', new CustomEvent('c').detail);
const e2 = new Event('o', { bubbles: 1, cancelable: 0, composed: 'y' });
log('options', e2.bubbles, e2.cancelable, e2.composed, e2.type, typeof e2.timeStamp);
log('type coerced', new Event(123).type, new Event(null).type);
log('constants', Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE);
