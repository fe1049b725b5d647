// A pending AbortSignal.timeout alone does not keep the process alive.
const s = AbortSignal.timeout(100000);
s.onabort = () => console.log('never');
process.on('exit', (c) => console.log('exit', c, s.aborted));
