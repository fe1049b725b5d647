// exitCode set before an uncaught error: the error's exit code 1 wins.
process.exitCode = 2;
setTimeout(() => { throw new Error('x'); }, 1);
process.on('exit', (c) => console.log('exit', c, process.exitCode));
