// Writing to a destroyed stream: ERR_STREAM_DESTROYED in the callback, no 'error'.
const { Writable } = require('stream');
const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (err) => console.log('error event', err.code));
w.on('close', () => console.log('close'));
w.destroy();
console.log('destroyed', w.destroyed);
console.log('returned', w.write('x', (err) => console.log('cb', err.code, err.message)));
