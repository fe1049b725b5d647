// A top-level await that never settles: Node runs 'exit' with code 13.
process.on('exit', (code) => console.log('exit', code));
console.log('before');
await new Promise(() => {});
console.log('never');
