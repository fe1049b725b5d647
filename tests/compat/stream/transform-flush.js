// Transform: transform + flush output order, 'finish' before 'end'.
const { Transform } = require('stream');
const t = new Transform({
  transform(chunk, enc, cb) { console.log('transform', chunk.toString()); this.push(chunk.toString().toUpperCase()); cb(); },
  flush(cb) { console.log('flush'); this.push('!'); cb(); },
});
for (const ev of ['prefinish', 'finish', 'end', 'close']) t.on(ev, () => console.log('event', ev));
t.on('data', (c) => console.log('data', c.toString()));
t.write('ab');
t.end('cd');
