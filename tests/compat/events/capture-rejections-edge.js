// captureRejections details: the global EventEmitter.captureRejections default,
// captureRejectionSymbol, rejections with non-Error values, a rejected
// 'error' listener, errorMonitor seeing captured rejections, sync throws not
// captured, and listeners returning non-promise thenables.
const events = require('events');
const { EventEmitter, captureRejectionSymbol, errorMonitor } = events;
const log = (...a) => console.log(...a);
process.on('uncaughtException', (err, origin) => log('uncaught', err && err.message !== undefined ? err.message : String(err), origin));
process.on('unhandledRejection', (r) => log('unhandledRejection', r && r.message));
log('symbol', captureRejectionSymbol === Symbol.for('nodejs.rejection'), String(captureRejectionSymbol));
log('default', EventEmitter.captureRejections);

const a = new EventEmitter({ captureRejections: true });
a.on(errorMonitor, (err) => log('monitor', err === 'str' ? 'str' : err.message));
a.on('error', (err) => log('a error', typeof err, err === 'str' ? err : err.message));
a.on('x', async () => { throw 'str'; });
a.emit('x');

const b = new EventEmitter({ captureRejections: true });
b.on('y', () => { throw new Error('sync not captured'); });
try { b.emit('y'); } catch (e) { log('sync thrown', e.message); }

const c = new EventEmitter({ captureRejections: true });
c.on('error', async (err) => { log('c error listener', err.message); throw new Error('error listener rejected'); });
c.on('z', async () => { throw new Error('first'); });
c.emit('z');

const d = new EventEmitter({ captureRejections: true });
d.on('error', (err) => log('d error', err.message));
d.on('t', () => ({ then(resolve, reject) { reject(new Error('thenable rejected')); } }));
d.emit('t');

setImmediate(() => {
  EventEmitter.captureRejections = true;
  const g = new EventEmitter();
  g.on('error', (err) => log('global default captured', err.message));
  g.on('w', async () => { throw new Error('via global'); });
  g.emit('w');
  EventEmitter.captureRejections = false;
  try { EventEmitter.captureRejections = 1; } catch (e) { log('bad global', e.name, e.code); }
  setImmediate(() => {
    const h = new EventEmitter({ captureRejections: false });
    h.on('error', () => log('not captured (unexpected)'));
    h.on('v', async () => { throw new Error('not captured'); });
    h.emit('v');
  });
});
