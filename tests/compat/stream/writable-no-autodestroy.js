// autoDestroy: false keeps the stream open after finish; emitClose: false skips 'close'.
const { Writable } = require('stream');
const a = new Writable({ autoDestroy: false, write(c, e, cb) { cb(); } });
a.on('finish', () => setImmediate(() => console.log('a finished, destroyed', a.destroyed)));
a.on('close', () => console.log('a close (unexpected)'));
a.end('x');
const b = new Writable({ emitClose: false, write(c, e, cb) { cb(); } });
b.on('finish', () => console.log('b finish'));
b.on('close', () => console.log('b close (unexpected)'));
b.end('y');
setImmediate(() => setImmediate(() => console.log('b destroyed', b.destroyed)));
