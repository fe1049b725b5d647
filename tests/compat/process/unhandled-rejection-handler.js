// With an 'unhandledRejection' listener the process continues and exits 0.
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled', reason.message, promise instanceof Promise);
});
Promise.reject(new Error('r1'));
(async () => { throw new Error('from async'); })();
setTimeout(() => console.log('still alive'), 1);
process.on('exit', (c) => console.log('exit', c));
