// Nested cork()/uncork(): only the last uncork flushes; writev receives the
// batch (with per-chunk encodings and allBuffers); end() uncorks fully;
// without writev, corked chunks go one by one through write; callbacks order.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);
const w = new Writable({
  decodeStrings: false,
  write(c, e, cb) { log('write', c, e); cb(); },
  writev(chunks, cb) {
    log('writev', chunks.length, chunks.map((x) => `${typeof x.chunk === 'string' ? x.chunk : x.chunk.toString()}/${x.encoding}`).join(' '), 'allBuffers', chunks.allBuffers);
    cb();
  },
});
w.cork();
w.cork();
log('corked', w.writableCorked);
w.write('a', () => log('cb a'));
w.write(Buffer.from('b'), () => log('cb b'));
w.write('63', 'hex', () => log('cb c'));
w.uncork();
log('after one uncork', w.writableCorked, 'length', w.writableLength);
w.uncork();
log('after two uncorks', w.writableCorked, 'length', w.writableLength);
w.uncork();
log('extra uncork', w.writableCorked);
process.nextTick(() => {
  w.cork(); w.cork(); w.cork();
  w.write('d');
  w.write('e');
  w.end('f', () => log('end cb'));
  log('after end corked', w.writableCorked);
  w.on('finish', () => log('finish'));
  w.on('close', () => {
    log('close');
    // no writev: chunks are written one at a time on uncork
    const v = new Writable({ write(c, e, cb) { log('single', c.toString()); process.nextTick(cb); } });
    v.cork();
    v.write('1'); v.write('2');
    log('v buffered', v.writableLength, 'needDrain', v.writableNeedDrain);
    v.uncork();
    log('v after uncork', v.writableLength);
    v.end(() => log('v end cb'));
    // writev with only buffers
    const x = new Writable({
      writev(chunks, cb) { log('x writev', chunks.length, 'allBuffers', chunks.allBuffers, chunks.map((c) => c.chunk.toString()).join('')); cb(); },
    });
    x.cork(); x.write('p'); x.write('q'); x.uncork();
    x.write('r'); x.write('s'); x.end();
  });
});
