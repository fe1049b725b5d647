// A throwing listener does not stop the others; the error becomes an uncaught exception.
process.on('uncaughtException', (err) => console.log('uncaught', err.message));
const et = new EventTarget();
et.addEventListener('x', () => { throw new Error('boom'); });
et.addEventListener('x', () => console.log('second still runs'));
et.dispatchEvent(new Event('x'));
console.log('dispatch returned');
