// 'data', 'end' and 'close' order for a flowing Readable, with ticks interleaved.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
for (const ev of ['resume', 'pause', 'end', 'close', 'readable']) r.on(ev, () => console.log('event', ev));
r.on('data', (c) => console.log('data', c.toString()));
r.push('a');
r.push('b');
console.log('pushed, flowing =', r.readableFlowing);
process.nextTick(() => { console.log('tick'); r.push('c'); r.push(null); });
setImmediate(() => console.log('immediate, ended', r.readableEnded, 'destroyed', r.destroyed));
