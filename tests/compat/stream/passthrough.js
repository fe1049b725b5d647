// PassThrough forwards chunks unchanged, including in object mode.
const { PassThrough } = require('stream');
const p = new PassThrough();
p.on('data', (c) => console.log('data', Buffer.isBuffer(c), c.toString()));
p.on('end', () => console.log('end'));
p.write('x');
p.end(Buffer.from('y'));
const o = new PassThrough({ objectMode: true });
o.on('data', (c) => console.log('obj', JSON.stringify(c)));
o.end({ z: 1 });
console.log(p instanceof require('stream').Transform, p instanceof require('stream').Duplex);
