// write() return values against highWaterMark with an asynchronous sink, and when 'drain' fires.
const { Writable } = require('stream');
const pending = [];
const w = new Writable({
  highWaterMark: 10,
  write(chunk, enc, cb) { console.log('_write', chunk.toString()); pending.push(cb); },
});
console.log('write1', w.write('aaaa'), w.writableLength, w.writableNeedDrain);
console.log('write2', w.write('bbbb'), w.writableLength);
console.log('write3', w.write('cccc'), w.writableLength, w.writableNeedDrain);
w.on('drain', () => console.log('drain, length', w.writableLength));
function flush() {
  const cb = pending.shift();
  if (!cb) return;
  console.log('complete one');
  cb();
  setImmediate(flush);
}
setImmediate(flush);
