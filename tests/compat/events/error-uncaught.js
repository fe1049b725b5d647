// An unhandled 'error' event becomes an uncaught exception: exit code 1.
const EventEmitter = require('events');
process.on('exit', (code) => console.log('exit', code));
console.log('before');
new EventEmitter().emit('error', new Error('fatal'));
console.log('not reached');
