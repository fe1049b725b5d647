// Object-mode transform with different readable/writable modes.
const { Transform } = require('stream');
const t = new Transform({
  writableObjectMode: true,
  transform(obj, enc, cb) { cb(null, `${obj.name}=${obj.value}\n`); },
});
console.log('modes', t.writableObjectMode, t.readableObjectMode);
t.setEncoding('utf8');
t.on('data', (s) => console.log('line', JSON.stringify(s)));
t.on('end', () => console.log('end'));
t.write({ name: 'a', value: 1 });
t.write({ name: 'b', value: 2 });
t.end();
