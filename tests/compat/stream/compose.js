// compose() chains transforms into one duplex.
const { compose, Transform, Readable } = require('stream');
const upper = new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
const exclaim = new Transform({ transform(c, e, cb) { cb(null, `${c}!`); } });
const both = compose(upper, exclaim);
const out = [];
both.on('data', (c) => out.push(c.toString()));
both.on('end', () => console.log('composed', out.join(' ')));
Readable.from(['a', 'b'], { objectMode: false }).pipe(both);
