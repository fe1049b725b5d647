// Constructor option validation (highWaterMark values, encodings, signal),
// Duplex high-water-mark precedence and per-side objectMode, and the
// signal option destroying Readable and Writable with an AbortError.
const { Readable, Writable, Duplex, Transform } = require('stream');
const log = (...a) => console.log(...a);
for (const [l, f] of [
  ['r hwm -1', () => new Readable({ highWaterMark: -1 })],
  ['r hwm str', () => new Readable({ highWaterMark: 'x' })],
  ['r hwm float', () => new Readable({ highWaterMark: 1.5 }).readableHighWaterMark],
  ['r hwm NaN', () => new Readable({ highWaterMark: NaN })],
  ['w hwm -1', () => new Writable({ highWaterMark: -1 })],
  ['d readableHwm -1', () => new Duplex({ readableHighWaterMark: -1 })],
  ['d both', () => { const d = new Duplex({ highWaterMark: 5, readableHighWaterMark: 7 }); return d.readableHighWaterMark + '/' + d.writableHighWaterMark; }],
  ['d objectMode split', () => { const d = new Duplex({ readableObjectMode: true }); return d.readableHighWaterMark + '/' + d.writableHighWaterMark + ' ' + d.readableObjectMode + '/' + d.writableObjectMode; }],
  ['r signal bad', () => new Readable({ signal: 'x' })],
  ['r encoding bad', () => new Readable({ encoding: 'bogus' })],
  ['w defaultEncoding bad', () => new Writable({ defaultEncoding: 'bogus' }).writableLength],
  ['r options null', () => new Readable(null).readableHighWaterMark],
  ['r options str', () => new Readable('x').readableHighWaterMark],
  ['r hwm huge', () => new Readable({ highWaterMark: 2 ** 31 }).readableHighWaterMark],
  ['t hwm 0', () => new Transform({ highWaterMark: 0 }).readableHighWaterMark],
  ['objectMode hwm 0', () => new Readable({ objectMode: true, highWaterMark: 0 }).readableHighWaterMark],
]) {
  try { log(l, 'ok', f()); } catch (e) { log(l, e.name, e.code, e.message); }
}
const ac = new AbortController();
const r = new Readable({ read() {}, signal: ac.signal });
r.on('error', (e) => log('r signal error', e.name, e.code, e.message));
r.on('close', () => log('r close', r.destroyed));
const w = new Writable({ write(c, e, cb) { cb(); }, signal: ac.signal });
w.on('error', (e) => log('w signal error', e.name, e.code));
w.on('close', () => log('w close', w.destroyed));
ac.abort();
log('aborted, destroyed now', r.destroyed, w.destroyed);
const pre = new Readable({ read() {}, signal: AbortSignal.abort() });
pre.on('error', (e) => log('pre-aborted error', e.name));
log('pre-aborted destroyed', pre.destroyed);
