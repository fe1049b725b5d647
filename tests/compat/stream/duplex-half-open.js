// allowHalfOpen: false ends the writable side when the readable side ends.
const { Duplex } = require('stream');
function make(allowHalfOpen) {
  const d = new Duplex({
    allowHalfOpen,
    read() {},
    write(c, e, cb) { console.log(allowHalfOpen, 'write', c.toString()); cb(); },
  });
  d.on('finish', () => console.log(allowHalfOpen, 'finish'));
  d.on('end', () => console.log(allowHalfOpen, 'end'));
  d.on('close', () => console.log(allowHalfOpen, 'close'));
  d.resume();
  d.push(null);
  return d;
}
const a = make(false);
const b = make(true);
setImmediate(() => {
  console.log('a writable', a.writable, 'b writable', b.writable);
  b.end('last');
});
