// unshift() edge cases: empty chunks, in objectMode, with encodings, while
// flowing, after end (ERR_STREAM_UNSHIFT_AFTER_END_EVENT), invalid types, and
// push after EOF with data listeners.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
const o = new Readable({ objectMode: true, read() {} });
o.push(2);
o.unshift(1);
o.unshift(null);
log('object unshift', o.read(), o.read(), 'ended', o.readableEnded, o._readableState.ended);

const b = new Readable({ read() {} });
log('unshift empty returns', b.unshift(''), b.unshift(Buffer.alloc(0)), 'length', b.readableLength);
b.unshift('xyz');
log('unshift into empty', b.read().toString());
b.push('tail');
b.unshift(new Uint8Array([72, 73]));
log('unshift uint8array', b.read().toString());
b.on('error', (e) => log('b error', e.name, e.code, e.message));
b.unshift(123);
setImmediate(() => {
  log('b destroyed', b.destroyed);

  // unshift while flowing
  const f = new Readable({ read() {} });
  const seen = [];
  f.on('data', (c) => {
    seen.push(c.toString());
    if (c.toString() === 'b') f.unshift('again');
  });
  f.push('a'); f.push('b');
  setImmediate(() => {
    f.push(null);
    f.on('end', () => {
      log('flowing seen', seen.join(','));
      f.on('error', (e) => log('f error', e.code, e.message));
      f.unshift('late');
      log('unshift after end done');
      setImmediate(() => {
        // push after EOF in flowing mode
        const p = new Readable({ read() {} });
        p.on('data', (c) => log('p data', c.toString()));
        p.on('error', (e) => log('p error', e.code));
        p.on('end', () => log('p end'));
        p.push('one');
        p.push(null);
        p.push('two');
      });
    });
  });
});
