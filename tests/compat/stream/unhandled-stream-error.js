// An 'error' without a listener is thrown as an uncaught exception (exit 1).
const { Readable } = require('stream');
process.on('exit', (code) => console.log('exit code', code));
const r = new Readable({ read() {} });
r.destroy(new Error('nobody listens'));
console.log('after destroy');
