// Calling the write / final callback twice is ERR_MULTIPLE_CALLBACK; calling
// the write callback synchronously vs asynchronously; destroy() during a
// pending write; write after destroy and after end.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);
function watch(label, w) {
  w.on('error', (e) => log(label, 'error', e.name, e.code, e.message));
  w.on('close', () => log(label, 'close'));
  w.on('finish', () => log(label, 'finish'));
}
const a = new Writable({ write(c, e, cb) { cb(); cb(); } });
watch('a', a);
a.write('x', (err) => log('a write cb', err && err.code));

const b = new Writable({ write(c, e, cb) { cb(); }, final(cb) { cb(); cb(); } });
watch('b', b);
b.end('y', (err) => log('b end cb', err && err.code));

setImmediate(() => {
  // destroy while a write is pending: the write callback later gets ERR_STREAM_DESTROYED
  let pending;
  const c = new Writable({ write(ch, e, cb) { pending = cb; } });
  watch('c', c);
  c.write('1', (err) => log('c cb 1', err && err.code));
  c.write('2', (err) => log('c cb 2', err && err.code));
  c.destroy();
  log('c destroyed', c.destroyed, 'length', c.writableLength);
  setImmediate(() => {
    pending();
    log('c pending called');
    const r = c.write('3', (err) => log('c cb 3', err && err.code));
    log('c write after destroy returns', r);
    c.end((err) => log('c end cb', err && err.code));
  });
});

setImmediate(() => setImmediate(() => setImmediate(() => {
  const d = new Writable({ write(ch, e, cb) { cb(); } });
  watch('d', d);
  d.end();
  d.write('late', (err) => log('d write cb', err && err.code));
  d.end((err) => log('d second end cb', err && err.code));
  d.end('chunk', (err) => log('d end chunk cb', err && err.code));
})));
