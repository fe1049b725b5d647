// An uncaught exception exits with code 1 after 'exit' listeners run (stderr has the error).
process.on('exit', (c) => console.log('exit', c));
console.log('before throw');
setTimeout(() => console.log('never'), 0);
throw new Error('boom');
