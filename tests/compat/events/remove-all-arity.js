// removeAllListeners() removes every type, removeAllListeners(undefined) only the
// type "undefined", on plain emitters, streams and sockets alike; the function's
// name and length are Node's. A stream whose added listeners are all removed again
// reports the same names and counts as a fresh one.
const EventEmitter = require('events');
const { Readable, PassThrough } = require('stream');
const net = require('net');

const show = (label, e) => console.log(label, e.eventNames().map(String).join(','),
  e.eventNames().map((n) => e.listenerCount(n)).join(','));

for (const [label, make] of [['emitter', () => new EventEmitter()],
  ['readable', () => new Readable({ read() {} })], ['passthrough', () => new PassThrough()],
  ['socket', () => new net.Socket()]]) {
  const e = make();
  show(label + ' fresh', e);
  e.on('undefined', () => {});
  e.on('data', () => {});
  e.on('x', () => {});
  e.removeAllListeners(undefined);
  show(label + ' after (undefined)', e);
  e.removeAllListeners('x');
  show(label + ' after (x)', e);
  e.removeAllListeners.call(e, ...[]);
  show(label + ' after ()', e);
  const f = () => {};
  e.on('y', f);
  e.once('z', () => {});
  e.removeListener('y', f);
  e.emit('z');
  show(label + ' added and removed', e);
  if (e.destroy) e.destroy();
}
console.log(EventEmitter.prototype.removeAllListeners.name, EventEmitter.prototype.removeAllListeners.length,
  Readable.prototype.removeAllListeners.name, Readable.prototype.removeAllListeners.length);
// With a 'removeListener' listener, each removal is announced.
const r = new Readable({ read() {} });
r.on('data', () => {});
r.on('end', () => {});
r.on('removeListener', (name) => console.log('removed', name));
r.removeAllListeners();
show('readable after () with removeListener', r);
