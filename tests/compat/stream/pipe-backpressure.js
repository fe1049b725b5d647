// pipe() pauses the source when the destination is full and resumes on 'drain'.
const { Readable, Writable } = require('stream');
let produced = 0;
const r = new Readable({
  highWaterMark: 4,
  read() {
    produced++;
    this.push(produced <= 6 ? `chunk${produced}` : null);
  },
});
const w = new Writable({
  highWaterMark: 8,
  write(c, e, cb) { console.log('write', c.toString(), 'src flowing', r.readableFlowing); setImmediate(cb); },
});
w.on('drain', () => console.log('drain'));
r.on('pause', () => console.log('source paused'));
r.on('resume', () => console.log('source resumed'));
w.on('finish', () => console.log('finish, produced', produced));
r.pipe(w);
