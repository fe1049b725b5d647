// 'end' is not emitted until the data is consumed.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.push('x');
r.push(null);
r.on('end', () => console.log('end'));
setImmediate(() => {
  console.log('no end yet, ended flag', r.readableEnded, 'length', r.readableLength);
  r.resume();
});
