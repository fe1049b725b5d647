// nextTick callbacks run before promise reactions; both before timers and immediates.
const log = [];
setTimeout(() => log.push('timeout'), 0);
setImmediate(() => { log.push('immediate'); });
Promise.resolve().then(() => log.push('promise 1'));
process.nextTick(() => log.push('tick 1'));
Promise.resolve().then(() => log.push('promise 2'));
process.nextTick(() => log.push('tick 2'));
queueMicrotask(() => log.push('microtask'));
log.push('sync');
process.on('exit', () => console.log(log.slice(0, 6).join(', '), '|', log.slice(6).sort().join(', ')));
