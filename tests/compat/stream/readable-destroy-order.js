// destroy(err): 'error' then 'close', both after the current tick; no 'end'.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.on('error', (e) => console.log('error', e.message, 'destroyed', r.destroyed));
r.on('close', () => console.log('close', r.errored && r.errored.message));
r.on('end', () => console.log('end (unexpected)'));
r.destroy(new Error('bye'));
console.log('after destroy, destroyed', r.destroyed, 'readable', r.readable);
process.nextTick(() => console.log('tick'));
r.destroy(new Error('second'));
