// Non-function listeners throw ERR_INVALID_ARG_TYPE.
const EventEmitter = require('events');
const e = new EventEmitter();
for (const m of ['on', 'once', 'prependListener', 'removeListener']) {
  try { e[m]('x', 'not a function'); } catch (err) { console.log(m, err.name, err.code, err.message); }
}
