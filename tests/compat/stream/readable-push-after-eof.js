// push() after push(null) emits ERR_STREAM_PUSH_AFTER_EOF.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.on('error', (e) => console.log('error', e.code, e.message));
r.on('close', () => console.log('close'));
r.push(null);
console.log('push returned', r.push('late'));
r.resume();
