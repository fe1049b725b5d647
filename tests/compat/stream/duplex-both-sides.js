// A Duplex has independent readable and writable state.
const { Duplex } = require('stream');
const d = new Duplex({
  readableObjectMode: true,
  read() {},
  write(c, e, cb) { this.push({ got: c.toString() }); cb(); },
  final(cb) { this.push(null); cb(); },
});
console.log('hwm', d.readableHighWaterMark, d.writableHighWaterMark);
d.on('data', (o) => console.log('data', JSON.stringify(o)));
d.on('end', () => console.log('end'));
d.on('finish', () => console.log('finish'));
d.on('close', () => console.log('close'));
d.write('p');
d.end('q');
