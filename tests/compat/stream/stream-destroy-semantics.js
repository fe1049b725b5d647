// destroy() details: destroy(err) twice (first error wins, one 'error'),
// destroy after end, _destroy callback called twice, destroy with a callback
// from inside _destroy errors, errored/closed on Duplex, and destroy() while
// _construct is pending.
const { Readable, Writable, Duplex } = require('stream');
const log = (...a) => console.log(...a);
const steps = [
  (next) => {
    const r = new Readable({ read() {} });
    let errors = 0;
    r.on('error', (e) => { errors++; log('error', e.message); });
    r.destroy(new Error('first'));
    r.destroy(new Error('second'));
    r.on('close', () => { log('errors', errors, 'errored', r.errored.message); next(); });
  },
  (next) => {
    const r = new Readable({ read() {} });
    r.push(null);
    r.resume();
    r.on('end', () => {
      r.destroy(new Error('after end'));
      r.on('error', (e) => log('error after end', e.message));
      r.on('close', () => { log('closed after end, errored', r.errored && r.errored.message); next(); });
    });
  },
  (next) => {
    const w = new Writable({ write(c, e, cb) { cb(); }, destroy(err, cb) { cb(err); cb(err); } });
    w.on('error', (e) => log('double destroy cb error', e.code, e.message));
    w.on('close', () => { log('double destroy cb close'); setImmediate(next); });
    w.destroy(new Error('orig'));
  },
  (next) => {
    const d = new Duplex({ read() {}, write(c, e, cb) { cb(); }, destroy(err, cb) { log('_destroy got', err); cb(new Error('from _destroy')); } });
    d.on('error', (e) => log('duplex error', e.message));
    d.on('close', () => {
      log('duplex close', d.errored && d.errored.message, d.closed, d.readableAborted, d.writableAborted);
      next();
    });
    d.destroy();
  },
  (next) => {
    const r = new Readable({
      construct(cb) { log('construct start'); setImmediate(() => { log('construct done'); cb(); }); },
      read() { log('read (unexpected)'); },
      destroy(err, cb) { log('_destroy after construct'); cb(err); },
    });
    r.on('close', () => { log('construct/destroy close'); next(); });
    r.destroy();
    log('destroy called during construct, destroyed', r.destroyed);
  },
  (next) => {
    const r = new Readable({ construct(cb) { cb(new Error('construct failed')); }, read() {} });
    r.on('error', (e) => log('construct error', e.message));
    r.on('close', () => { log('construct error close'); next(); });
  },
];
(function run(i) { if (i < steps.length) steps[i](() => setImmediate(run, i + 1)); })(0);
