// cork/uncork batches buffered chunks into one _writev call.
const { Writable } = require('stream');
const w = new Writable({
  write(c, e, cb) { console.log('write', c.toString()); cb(); },
  writev(chunks, cb) { console.log('writev', chunks.map((x) => x.chunk.toString()).join(',')); cb(); },
});
w.cork();
w.write('a');
w.write('b');
w.write('c');
console.log('corked', w.writableCorked, 'buffered', w.writableLength);
process.nextTick(() => { w.uncork(); console.log('uncorked', w.writableCorked); w.write('d'); w.end(); });
w.on('finish', () => console.log('finish'));
