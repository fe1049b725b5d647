// objectMode: any value but null is a chunk; highWaterMark counts objects.
const { Readable } = require('stream');
const r = new Readable({ objectMode: true, read() {} });
console.log('hwm', r.readableHighWaterMark, 'objectMode', r.readableObjectMode);
console.log(r.push({ a: 1 }), r.push(0), r.push(''), r.push(false), r.push([1]));
console.log('length', r.readableLength);
r.on('data', (c) => console.log('data', JSON.stringify(c), typeof c));
r.on('end', () => console.log('end'));
r.push(null);
