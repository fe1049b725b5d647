'use strict';
// The write queue of a Writable: hundreds of writes queued behind a slow _write()
// and drained one by one, the queue as writableBuffer sees it, _writev() with mixed
// encodings and callbacks, and queued writes and end() callbacks failing on destroy.
const { Writable } = require('stream');

function slowSink(done) {
  const seen = [];
  const w = new Writable({
    highWaterMark: 64,
    write(chunk, enc, cb) {
      seen.push(chunk.length);
      setImmediate(cb);
    },
  });
  let callbacks = 0;
  let returnsFalse = 0;
  for (let i = 0; i < 600; i++) {
    if (!w.write(Buffer.alloc(1 + (i % 5)), () => callbacks++)) returnsFalse++;
  }
  console.log('queued', w.writableLength, w.writableBuffer.length, w._writableState.bufferedRequestCount,
    'false answers', returnsFalse, 'needDrain', w.writableNeedDrain);
  w.on('drain', () => console.log('drain at', callbacks, 'length', w.writableLength));
  w.end(() => {
    const total = seen.reduce((a, b) => a + b, 0);
    console.log('finished', seen.length, total, callbacks, w.writableLength, w.writableBuffer.length);
    done();
  });
}

function writevMix(done) {
  const batches = [];
  const w = new Writable({
    decodeStrings: false,
    write(chunk, enc, cb) {
      batches.push(`write ${enc} ${chunk}`);
      setImmediate(cb);
    },
    writev(chunks, cb) {
      batches.push(`writev ${chunks.length} allBuffers=${chunks.allBuffers} ` +
        chunks.map((c) => `${c.encoding}:${c.chunk}`).join(','));
      setImmediate(cb);
    },
  });
  const order = [];
  w.write('first', () => order.push('cb first'));
  w.write(Buffer.from('b1'));
  w.write('s2', 'latin1', (err) => order.push(`cb s2 ${err}`));
  w.write(Buffer.from('b3'));
  w.cork();
  w.write(Buffer.from('c1'));
  w.write(Buffer.from('c2'));
  process.nextTick(() => w.uncork());
  w.end('last', () => {
    console.log(batches.join('\n'));
    console.log(order.join(', '));
    done();
  });
}

function destroyQueued(done) {
  const w = new Writable({
    write(chunk, enc, cb) { setTimeout(cb, 5); },
  });
  const events = [];
  w.write('a', (err) => events.push(`a ${err ? err.code : err}`));
  w.write('b', (err) => events.push(`b ${err ? err.code : err}`));
  w.write('c', (err) => events.push(`c ${err ? err.code : err}`));
  w.end((err) => events.push(`end ${err ? err.code : err}`));
  w.on('error', (err) => events.push(`error ${err.message}`));
  w.on('close', () => {
    setTimeout(() => {
      console.log(events.join(', '), w.writableLength, w.destroyed, w.writableFinished);
      done();
    }, 20);
  });
  setImmediate(() => w.destroy(new Error('stop')));
}

slowSink(() => writevMix(() => destroyQueued(() => console.log('done'))));
