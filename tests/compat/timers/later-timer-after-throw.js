'use strict';
// A timer callback that throws, handled by 'uncaughtException', does not lose the
// timers still waiting: a later one fires, as does one after a throwing nextTick
// queued by a timer callback.
process.on('uncaughtException', (err) => console.log('caught', err.message));
setTimeout(() => { throw new Error('from a timer'); }, 1);
setTimeout(() => {
  console.log('later');
  setTimeout(() => process.nextTick(() => { throw new Error('from a tick'); }), 1);
  setTimeout(() => console.log('after the tick'), 50);
}, 30);
