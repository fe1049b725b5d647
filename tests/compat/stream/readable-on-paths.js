'use strict';
// Readable.prototype.on/addListener and removeListener/off: for most event types they
// only call the emitter's method, for 'data' and 'readable' they also start or stop
// the flow. Checked: both kinds, symbols and numbers as types, the returned stream,
// the functions' names and lengths, and that a patched EventEmitter.prototype.on or
// Stream.prototype.removeListener is the one a stream's on/removeListener calls.
const EventEmitter = require('events');
const { Readable, Duplex, PassThrough, Stream } = require('stream');

const p = Readable.prototype;
console.log('names', JSON.stringify([p.on.name, p.addListener.name, p.removeListener.name, p.off.name]),
  'lengths', p.on.length, p.removeListener.length, 'same', p.on === p.addListener, p.off === p.removeListener,
  'duplex', Duplex.prototype.on === p.on);

const r = new Readable({ read() {} });
const f = () => {};
const sym = Symbol('s');
console.log('returns this', r.on('end', f) === r, r.on(sym, f) === r, r.on(7, f) === r, r.addListener('close', f) === r);
console.log('counts', r.listenerCount('end'), r.listenerCount(sym), r.listenerCount(7), r.listenerCount('7'));
console.log('remove returns this', r.removeListener('end', f) === r, r.off(sym, f) === r, r.off(7, f) === r);
console.log('after remove', r.listenerCount('end'), r.listenerCount(sym), r.listenerCount(7), r.eventNames().map(String).join(','));

// 'data' starts the flow (next tick); 'readable' takes it over; removing 'readable' lets
// a 'data' listener flow again (next tick).
const s = new PassThrough();
s.write('x');
s.on('data', (d) => console.log('data', String(d)));
console.log('flowing after on(data)', s.readableFlowing);
const onReadable = () => console.log('readable, read', String(s.read()));
setImmediate(() => {
  s.on('readable', onReadable);
  console.log('flowing after on(readable)', s.readableFlowing);
  s.write('y');
  setImmediate(() => {
    s.removeListener('readable', onReadable);
    console.log('flowing right after removing readable', s.readableFlowing);
    process.nextTick(() => {
      console.log('flowing a tick later', s.readableFlowing);
      patched();
    });
  });
});

function patched() {
  const seen = [];
  const origOn = EventEmitter.prototype.on;
  EventEmitter.prototype.on = function (type, listener) {
    seen.push(`on:${String(type)}`);
    return origOn.call(this, type, listener);
  };
  const origRemove = Stream.prototype.removeListener;
  Stream.prototype.removeListener = function (type, listener) {
    seen.push(`remove:${String(type)}`);
    return origRemove.call(this, type, listener);
  };
  const t = new Readable({ read() {} });
  t.on('end', f);
  t.on('close', f);
  t.addListener('error', f);
  t.off('close', f);
  t.removeListener('error', f);
  t.on('data', f);
  t.on('readable', f);
  EventEmitter.prototype.on = origOn;
  delete Stream.prototype.removeListener;
  if (Stream.prototype.removeListener !== origRemove) Stream.prototype.removeListener = origRemove;
  t.on('pause', f);
  t.off('end', f);
  console.log('patched calls', seen.join(' '));
  console.log('restored', EventEmitter.prototype.on === origOn, Stream.prototype.removeListener === origRemove);
  console.log('listeners', t.eventNames().map(String).join(','));
}
