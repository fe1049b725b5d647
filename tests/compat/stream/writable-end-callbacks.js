// end() callback details: end(cb) on an already finished stream, end(cb)
// after an error, end(chunk, encoding, cb), writableAborted, write callbacks
// vs 'finish'/'close' ordering when _write is synchronous, and
// writableNeedDrain transitions.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);
const steps = [
  (next) => {
    const w = new Writable({ write(c, e, cb) { log('write', c.toString(), e); cb(); } });
    ['prefinish', 'finish', 'close'].forEach((ev) => w.on(ev, () => log('event', ev)));
    w.write('a', () => log('cb a'));
    w.end('6869', 'hex', () => { log('end cb', w.writableFinished, w.closed); });
    log('sync after end', w.writableEnded, w.writableFinished, w.writableAborted);
    w.on('close', () => {
      w.end((err) => { log('end cb on closed', err && err.code); next(); });
    });
  },
  (next) => {
    const w = new Writable({ write(c, e, cb) { cb(new Error('write failed')); } });
    w.on('error', (e) => log('error', e.message));
    w.write('x');
    w.end((err) => log('end cb after error', err && err.message, 'aborted', w.writableAborted));
    w.on('close', () => setImmediate(next));
  },
  (next) => {
    const w = new Writable({ autoDestroy: false, write(c, e, cb) { cb(); } });
    w.end();
    w.on('finish', () => {
      log('finished, not destroyed', w.destroyed);
      w.end((err) => { log('end cb on finished', err && err.code); next(); });
    });
  },
  (next) => {
    const w = new Writable({ highWaterMark: 3, write(c, e, cb) { setImmediate(cb); } });
    log('needDrain initial', w.writableNeedDrain);
    log('write returns', w.write('abcd'), 'needDrain', w.writableNeedDrain);
    w.on('drain', () => { log('drain, needDrain', w.writableNeedDrain); next(); });
  },
  (next) => {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    w.destroy();
    log('aborted after destroy', w.writableAborted, 'writable', w.writable);
    w.end('x', (err) => { log('end after destroy cb', err && err.code); next(); });
  },
  (next) => {
    try { new Writable().end(42); } catch (e) { log('end(42)', e.name, e.code); }
    const x = new Writable();
    x.on('error', (e) => log('missing _write error event', e.name, e.code, e.message));
    try { x.write('y'); } catch (e) { log('missing _write threw', e.name, e.code, e.message); }
    setImmediate(() => { log('x destroyed', x.destroyed); next(); });
  },
];
(function run(i) { if (i < steps.length) steps[i](() => setImmediate(run, i + 1)); })(0);
