// An ES module whose top-level await never settles exits with code 13.
process.on('exit', (c) => console.log('exit', c));
console.log('waiting forever');
await new Promise(() => {});
