// process.exit(n) stops at once: 'exit' listeners run, later code and timers do not.
process.on('exit', (code) => console.log('exit event', code, process.exitCode));
setTimeout(() => console.log('never'), 0);
console.log('before');
process.exit(5);
console.log('never after exit');
