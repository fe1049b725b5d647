// setEncoding with hex and base64 across chunk boundaries.
const { Readable } = require('stream');
function run(enc, done) {
  const r = new Readable({ read() {} });
  r.setEncoding(enc);
  const parts = [];
  r.on('data', (s) => parts.push(s));
  r.on('end', () => { console.log(enc, JSON.stringify(parts), r.readableEncoding); done(); });
  const b = Buffer.from('hello, world!');
  r.push(b.subarray(0, 1));
  r.push(b.subarray(1, 5));
  r.push(b.subarray(5));
  r.push(null);
}
run('hex', () => run('base64', () => run('latin1', () => {})));
