// An uncaughtException handler sees throws from ticks, timers, microtasks and
// immediates; after a throwing tick the remaining queue waits for the next callback.
process.on('uncaughtException', (err, origin) => console.log('caught', err.message, origin));
process.nextTick(() => { throw new Error('from tick'); });
process.nextTick(() => console.log('second tick'));
setTimeout(() => { throw new Error('from timer'); }, 0);
setImmediate(() => { throw new Error('from immediate'); });
queueMicrotask(() => { throw new Error('from microtask'); });
