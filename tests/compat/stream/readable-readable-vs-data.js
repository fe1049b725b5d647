// With both 'readable' and 'data' listeners, 'readable' wins and data comes from read().
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.on('data', (c) => console.log('data', c.toString()));
r.on('readable', () => {
  let c;
  while ((c = r.read()) !== null) console.log('read', c.toString());
});
console.log('flowing', r.readableFlowing);
r.push('a');
r.push('b');
setImmediate(() => { r.removeAllListeners('readable'); console.log('flowing after removal', r.readableFlowing); r.push('c'); r.push(null); });
r.on('end', () => console.log('end'));
