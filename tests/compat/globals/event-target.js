// EventTarget: order, duplicates ignored, once, removal during dispatch, signal, handleEvent.
const et = new EventTarget();
const log = (tag) => (e) => console.log(tag, e.type, e.target === et);
const a = log('a');
et.addEventListener('x', a);
et.addEventListener('x', a);
et.addEventListener('x', log('once'), { once: true });
const b = () => { console.log('b removes c'); et.removeEventListener('x', c); };
const c = () => console.log('c');
et.addEventListener('x', b);
et.addEventListener('x', c);
et.addEventListener('x', { handleEvent(e) { console.log('handleEvent', this.tag, e.type); }, tag: 'obj' });
const ac = new AbortController();
et.addEventListener('x', () => console.log('signal listener'), { signal: ac.signal });
console.log(et.dispatchEvent(new Event('x')));
ac.abort();
console.log('-- second dispatch');
et.dispatchEvent(new Event('x'));
et.removeEventListener('x', a);
console.log('-- after removing a');
et.dispatchEvent(new Event('x'));
et.dispatchEvent(new Event('other'));
try { et.dispatchEvent('x'); } catch (e) { console.log(e.name, e.code); }
try { et.addEventListener('x'); } catch (e) { console.log(e.name, e.code, e.message); }
