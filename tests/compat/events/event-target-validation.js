// EventTarget methods validate `this` (ERR_INVALID_THIS) and the signal
// option (ERR_INVALID_ARG_TYPE) before doing anything.
const log = (...a) => console.log(...a);
const fn = () => {};
for (const [label, f] of [
  ['add on plain object', () => EventTarget.prototype.addEventListener.call({}, 'a', fn)],
  ['remove on plain object', () => EventTarget.prototype.removeEventListener.call({}, 'a', fn)],
  ['dispatch on plain object', () => EventTarget.prototype.dispatchEvent.call({}, new Event('a'))],
  ['dispatch on null', () => EventTarget.prototype.dispatchEvent.call(null, new Event('a'))],
  ['signal string', () => new EventTarget().addEventListener('a', fn, { signal: 'bad' })],
  ['signal plain object', () => new EventTarget().addEventListener('a', fn, { signal: {} })],
  ['signal null', () => new EventTarget().addEventListener('a', fn, { signal: null })],
]) {
  try { f(); log(label, 'ok'); } catch (e) { log(label, e.name, e.code, e.message); }
}
