// events.setMaxListeners(n) without targets validates n like
// EventEmitter.defaultMaxListeners does (ERR_OUT_OF_RANGE / ERR_INVALID_ARG_TYPE)
// and, when valid, changes the default new emitters get; getMaxListeners()
// rejects non-emitters.
const events = require('events');
const log = (...a) => console.log(...a);
for (const n of [-1, 'x', NaN]) {
  try { events.setMaxListeners(n); log(String(n), 'accepted'); } catch (e) { log(String(n), e.name, e.code, e.message); }
}
log('default still', events.defaultMaxListeners, new events.EventEmitter().getMaxListeners());
events.setMaxListeners(3);
log('after setMaxListeners(3)', events.defaultMaxListeners, new events.EventEmitter().getMaxListeners(), events.getMaxListeners(new events.EventEmitter()));
events.setMaxListeners();
log('after setMaxListeners()', events.defaultMaxListeners);
try { log('plain object', events.getMaxListeners({})); } catch (e) { log('plain object', e.name, e.code); }
