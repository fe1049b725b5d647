// When only unref'd timers remain, beforeExit and exit still fire and nothing else runs.
setTimeout(() => console.log('never'), 50).unref();
setInterval(() => console.log('never'), 1).unref();
process.on('beforeExit', () => console.log('beforeExit'));
process.on('exit', (c) => console.log('exit', c));
