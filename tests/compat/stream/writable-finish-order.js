// end(): 'prefinish', 'finish', the end callback and 'close' order.
const { Writable } = require('stream');
const w = new Writable({
  write(c, e, cb) { console.log('write', c.toString()); setImmediate(cb); },
  final(cb) { console.log('final'); cb(); },
});
for (const ev of ['prefinish', 'finish', 'close']) w.on(ev, () => console.log('event', ev));
w.write('a', () => console.log('write cb a'));
w.end('b', () => console.log('end cb'));
console.log('writableEnded', w.writableEnded, 'writableFinished', w.writableFinished);
w.on('close', () => console.log('closed', w.destroyed, w.writableFinished));
