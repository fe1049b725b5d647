// Rejecting with a non-Error still exits 1; the uncaughtException handler sees an
// ERR_UNHANDLED_REJECTION error wrapping it.
process.on('uncaughtException', (e, origin) => console.log(e.code, e.name, origin));
process.on('exit', (c) => console.log('exit', c));
Promise.reject(42);
