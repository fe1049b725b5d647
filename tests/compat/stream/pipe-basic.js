// pipe(): 'pipe'/'unpipe' events, end propagation, and the return value.
const { Readable, Writable } = require('stream');
const r = Readable.from(['a', 'b', 'c'], { objectMode: false });
const got = [];
const w = new Writable({ write(c, e, cb) { got.push(c.toString()); cb(); } });
w.on('pipe', (src) => console.log('pipe event, src is r', src === r));
w.on('unpipe', (src) => console.log('unpipe event, src is r', src === r));
w.on('finish', () => console.log('finish', got.join('')));
console.log('pipe returns dest', r.pipe(w) === w);
