// finished() on streams that already ended/finished/destroyed, and the
// readable/writable/error options.
const { finished, Readable, Writable, PassThrough, Duplex } = require('stream');
const { finished: finishedP } = require('stream/promises');
const log = (...a) => console.log(...a);
async function main() {
  // already ended readable
  const r = Readable.from(['a']);
  r.resume();
  await new Promise((res) => r.on('close', res));
  await new Promise((res) => finished(r, (err) => { log('ended readable', err); res(); }));

  // already finished writable (autoDestroy: false, so no close)
  const w = new Writable({ autoDestroy: false, write(c, e, cb) { cb(); } });
  w.end('x');
  await new Promise((res) => w.on('finish', res));
  await new Promise((res) => finished(w, (err) => { log('finished writable', err); res(); }));

  // already destroyed without error -> premature close
  const d = new PassThrough();
  d.destroy();
  await new Promise((res) => finished(d, (err) => { log('destroyed', err && err.code, err && err.message); res(); }));

  // already destroyed with error
  const e = new PassThrough();
  e.on('error', () => {});
  e.destroy(new Error('boom'));
  await new Promise((res) => finished(e, (err) => { log('errored', err && err.message); res(); }));

  // readable: false on a duplex: only the writable side matters
  const dup = new Duplex({ read() {}, write(c, en, cb) { cb(); } });
  finished(dup, { readable: false }, (err) => log('readable:false done', err, 'readableEnded', dup.readableEnded));
  dup.end('w');
  await new Promise((res) => setImmediate(res));

  // writable: false: only the readable side
  const dup2 = new Duplex({ read() {}, write(c, en, cb) { cb(); } });
  finished(dup2, { writable: false }, (err) => log('writable:false done', err, 'writableFinished', dup2.writableFinished));
  dup2.push(null);
  dup2.resume();
  await new Promise((res) => setImmediate(res));

  // error: false: error is not reported through finished, only close
  const x = new PassThrough();
  x.on('error', (err) => log('error event', err.message));
  finished(x, { error: false }, (err) => log('error:false cb', err && err.code));
  x.destroy(new Error('ignored'));
  await new Promise((res) => setImmediate(res));

  // promises finished rejects on premature close
  const y = new PassThrough();
  setImmediate(() => y.destroy());
  try { await finishedP(y); } catch (err) { log('promise', err.name, err.code); }

  // invalid arguments
  try { finished({}, () => {}); } catch (err) { log('invalid', err.name, err.code); }
  try { finished(new PassThrough(), 'x'); } catch (err) { log('invalid cb', err.name, err.code); }
  try { finished(new PassThrough(), { signal: 1 }, () => {}); } catch (err) { log('invalid signal', err.name, err.code); }
}
main();
