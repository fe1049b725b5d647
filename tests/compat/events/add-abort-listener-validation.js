// events.addAbortListener validates its arguments like Node 20: the signal
// must be an AbortSignal and the listener a function (ERR_INVALID_ARG_TYPE).
const { addAbortListener } = require('events');
const log = (...a) => console.log(...a);
for (const [label, args] of [
  ['no signal', [undefined, () => {}]],
  ['null signal', [null, () => {}]],
  ['plain object signal', [{}, () => {}]],
  ['no listener', [new AbortController().signal]],
  ['string listener', [new AbortController().signal, 'x']],
]) {
  try { addAbortListener(...args); log(label, 'accepted'); } catch (err) { log(label, err.name, err.code, err.message); }
}
