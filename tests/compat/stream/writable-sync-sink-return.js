// A sink that completes synchronously takes chunks larger than highWaterMark at once.
const { Writable } = require('stream');
const w = new Writable({ highWaterMark: 4, write(c, e, cb) { console.log('_write', c.length); cb(); } });
console.log('big', w.write(Buffer.alloc(100)));
console.log('needDrain', w.writableNeedDrain, 'length', w.writableLength);
w.on('drain', () => console.log('drain (unexpected)'));
const w2 = new Writable({ highWaterMark: 4, write(c, e, cb) { process.nextTick(cb); } });
console.log('tick sink', w2.write(Buffer.alloc(100)), w2.writableNeedDrain);
w2.on('drain', () => console.log('drain w2'));
process.nextTick(() => console.log('tick'));
setImmediate(() => console.log('immediate'));
