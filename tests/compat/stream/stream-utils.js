// isReadable / isErrored / isDisturbed / isDestroyed / isWritable.
const stream = require('stream');
const { Readable, Writable } = stream;
const r = new Readable({ read() {} });
console.log('fresh', stream.isReadable(r), stream.isDisturbed(r), stream.isErrored(r));
r.push('x');
r.read();
console.log('after read: disturbed', stream.isDisturbed(r));
r.on('error', () => {});
r.destroy(new Error('e'));
console.log('after destroy', stream.isReadable(r), stream.isErrored(r), stream.isDestroyed(r));
const w = new Writable({ write(c, e, cb) { cb(); } });
console.log('writable', stream.isWritable(w), stream.isReadable(w));
w.end();
console.log('after end', stream.isWritable(w));
