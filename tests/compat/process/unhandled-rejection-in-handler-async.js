// A rejection reported through uncaughtException when no unhandledRejection listener exists.
process.on('uncaughtException', (err, origin) => console.log('uncaught', err.message, origin));
Promise.reject(new Error('rejected'));
setTimeout(() => console.log('continues'), 1);
