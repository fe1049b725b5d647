// emit() at its edges: argument counts as given, `this`, listeners added or removed
// while emitting, symbol and numeric types, a throwing listener, errorMonitor,
// captureRejections with async listeners, emit on odd receivers.
const EventEmitter = require('events');

const e = new EventEmitter();
e.on('args', function (...args) { console.log('args', args.length, JSON.stringify(args), this === e); });
console.log(e.emit('args'), e.emit('args', 1), e.emit('args', 1, undefined), e.emit('args', 1, 2, 3, 4, 5));
console.log('no listener', e.emit('nothing', 1));

const order = [];
function a() { order.push('a'); e.removeListener('mod', b); e.on('mod', d); }
function b() { order.push('b'); }
function c() { order.push('c'); }
function d() { order.push('d'); }
e.on('mod', a); e.on('mod', b); e.on('mod', c);
e.emit('mod');
e.emit('mod');
console.log('modified while emitting', order.join(','));

const sym = Symbol('s');
e.on(sym, (x) => console.log('symbol type', x));
e.on(42, (x) => console.log('numeric type', x));
e.emit(sym, 'ok');
e.emit(42, 'ok');
e.emit('42', 'same key');

e.on('throws', () => { throw new Error('boom'); });
e.on('throws', () => console.log('not reached'));
try { e.emit('throws'); } catch (err) { console.log('caught', err.message); }

e.on(EventEmitter.errorMonitor, (err) => console.log('monitor', err.message));
e.on('error', (err) => console.log('error listener', err.message));
e.emit('error', new Error('bad'));
try { new EventEmitter().emit('error', 'not an error'); } catch (err) { console.log(err.code, err.message); }
try { new EventEmitter().emit('error'); } catch (err) { console.log(err.code, err.message); }

const once = new EventEmitter();
once.once('x', (v) => console.log('once', v));
console.log(once.emit('x', 1), once.emit('x', 2));

const capture = new EventEmitter({ captureRejections: true });
capture.on('job', async () => { throw new Error('async failure'); });
capture.on('error', (err) => console.log('captured', err.message));
capture.emit('job');

const plain = { _events: undefined };
console.log('no _events', EventEmitter.prototype.emit.call(plain, 'x'));
const custom = Object.create(EventEmitter.prototype);
EventEmitter.call(custom);
custom.on('y', () => console.log('object created from the prototype'));
custom.emit('y');
console.log('emit props', EventEmitter.prototype.emit.name, EventEmitter.prototype.emit.length);
try { EventEmitter.prototype.emit.call(null, 'x'); } catch (err) { console.log('null receiver', err.name); }

class Sub extends EventEmitter {
  emit(type, ...args) { console.log('Sub.emit', type); return super.emit(type, ...args); }
}
const s = new Sub();
s.on('z', (v) => console.log('sub listener', v));
s.emit('z', 7);
setTimeout(() => console.log('done'), 10);
