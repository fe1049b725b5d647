// push() returns false at the highWaterMark and _read is called to refill.
const { Readable } = require('stream');
let calls = 0;
const r = new Readable({
  highWaterMark: 5,
  read(size) {
    calls++;
    console.log('_read', size, 'length', this.readableLength);
    if (calls > 3) { this.push(null); return; }
    console.log('push', this.push('abc'));
  },
});
setImmediate(() => {
  console.log('buffered', r.readableLength, 'calls', calls);
  r.on('data', (c) => console.log('data', c.toString()));
  r.on('end', () => console.log('end, calls', calls));
});
