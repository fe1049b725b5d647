// Throwing a non-Error value also exits 1.
process.on('exit', (c) => console.log('exit', c));
setImmediate(() => { throw 'a string'; });
