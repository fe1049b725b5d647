// After a nextTick throws, a due timer runs before the remaining ticks and promises (as in Node).
process.on('uncaughtException', (e) => console.log('caught', e.message));
process.nextTick(() => { throw new Error('t1'); });
process.nextTick(() => console.log('second tick'));
Promise.resolve().then(() => console.log('promise'));
setTimeout(() => console.log('timer'), 0);
