// unshift() puts data back at the front; unshift after 'end' is an error.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.push('world');
r.once('readable', () => {
  const c = r.read();
  console.log('read', c.toString());
  r.unshift(Buffer.from('hello '));
  console.log('after unshift', r.read().toString());
  r.push(null);
  r.on('end', () => {
    console.log('end');
    r.on('error', (e) => console.log('error', e.code, e.message));
    r.unshift('x');
  });
  r.resume();
});
