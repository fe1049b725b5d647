// After a nextTick throws (and is handled), the remaining ticks and promises still run.
process.on('uncaughtException', (e) => console.log('caught', e.message));
process.nextTick(() => { throw new Error('t1'); });
process.nextTick(() => console.log('second tick'));
Promise.resolve().then(() => console.log('promise'));
