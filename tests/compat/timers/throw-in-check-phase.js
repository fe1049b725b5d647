'use strict';
// After a throw in the check phase (an immediate, or a tick run between two) Node
// reports it, runs the rest of the immediates in a new scope, and only then the
// ticks and promise jobs left over: a callback scope that threw runs no queues.
// After a throw from a tick at the end of the timers phase, the ticks left wait
// for the check phase. Order is recorded, not printed, so stdout writes add no
// callback scopes of their own.
const order = [];
process.on('uncaughtException', (e) => order.push(`caught ${e.message}`));

setImmediate(() => {
  process.nextTick(() => { throw new Error('tick A'); });
  process.nextTick(() => order.push('tick after A'));
  Promise.resolve().then(() => order.push('promise after A'));
  setImmediate(() => order.push('immediate of the next iteration'));
});
setImmediate(() => order.push('second immediate'));
setImmediate(() => { throw new Error('immediate B'); });
setImmediate(() => order.push('immediate after B'));

setTimeout(() => {
  process.nextTick(() => { throw new Error('tick 1'); });
  process.nextTick(() => { throw new Error('tick 2'); });
  process.nextTick(() => order.push('tick 3'));
  setImmediate(() => order.push('immediate queued by the timer'));
}, 5);

process.on('exit', () => console.log(order.join('\n')));
