// Writing after end: the callback and 'error' get ERR_STREAM_WRITE_AFTER_END.
const { Writable } = require('stream');
const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (err) => console.log('error event', err.code, err.message, err.name));
w.on('close', () => console.log('close'));
w.end();
const ret = w.write('late', (err) => console.log('write cb', err.code));
console.log('write returned', ret);
