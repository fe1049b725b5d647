// An unhandled rejection with no listener exits 1 (Node 20's 'throw' mode).
process.on('exit', (c) => console.log('exit', c));
Promise.reject(new Error('nobody catches'));
setTimeout(() => console.log('never'), 10);
