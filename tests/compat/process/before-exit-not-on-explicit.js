// 'beforeExit' is not emitted for process.exit() or an uncaught exception.
process.on('beforeExit', () => console.log('beforeExit must not fire'));
process.on('exit', (c) => console.log('exit', c));
setTimeout(() => process.exit(0), 1);
