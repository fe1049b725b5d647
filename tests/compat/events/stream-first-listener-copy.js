'use strict';
// A stream's first listener gives it an `_events` of its own holding the event types
// every stream of its class starts with (Node's "shape mode"), then the new one.
// protoJS copies a shared start at that moment (at once, on the shape an earlier copy
// made): the copy must hold the same keys in the same order with the same values,
// be an ordinary extensible null-prototype object of writable, enumerable,
// configurable properties, and be the instance's alone, for the 1st and the 50th
// instance of a class alike, whatever the first event type (string, symbol, index).
const { Readable, Writable, Duplex, PassThrough, Transform } = require('stream');
const net = require('net');

const sym = Symbol('sym');
const kinds = {
  Readable: () => new Readable({ read() {} }),
  Writable: () => new Writable({ write(c, e, cb) { cb(); } }),
  Duplex: () => new Duplex({ read() {}, write(c, e, cb) { cb(); } }),
  PassThrough: () => new PassThrough(),
  Transform: () => new Transform({ transform(c, e, cb) { cb(null, c); } }),
  Socket: () => new net.Socket(),
};
const firstTypes = ['data', 'end', 'close', 'custom', sym, '0', 'error'];

function describe(e) {
  const ev = e._events;
  const keys = Reflect.ownKeys(ev);
  const flags = keys.map((k) => {
    const d = Object.getOwnPropertyDescriptor(ev, k);
    return `${String(k)}=${typeof d.value}${d.writable ? 'w' : ''}${d.enumerable ? 'e' : ''}${d.configurable ? 'c' : ''}`;
  });
  return `${flags.join(' ')} | proto ${Object.getPrototypeOf(ev) === null ? 'null' : 'other'}` +
    ` extensible ${Object.isExtensible(ev)} count ${e._eventsCount}`;
}

for (const [name, make] of Object.entries(kinds)) {
  for (const type of firstTypes) {
    const made = [];
    for (let i = 0; i < 50; i++) made.push(make());
    const lines = new Set();
    const f = () => {};
    for (const e of made) {
      e.on(type, f);
      lines.add(describe(e));
    }
    // Each instance's own: a second listener on one changes no other.
    made[0].on('extra', f);
    made[1].removeAllListeners(type);
    const others = made.slice(2).every((e) => e.listenerCount(type) === 1 && e.listenerCount('extra') === 0);
    console.log(`${name} first ${String(type)}: ${[...lines].join(' || ')}`);
    console.log(`  names ${made[0].eventNames().map(String).join(',')} / ${made[1].eventNames().map(String).join(',')}` +
      ` others untouched ${others} fresh ${make().eventNames().map(String).join(',')}`);
  }
}

// A Socket's own 'end' listener survives the copy as the same function.
const a = new net.Socket();
const b = new net.Socket();
const before = b.listeners('end')[0];
a.on('data', () => {});
b.on('data', () => {});
console.log('socket end kept', a.listeners('end')[0] === before, b.listeners('end').length);

// Node's stream `_events` is an object literal: Object.prototype's methods look like
// listeners (a quirk Node has, so it is pinned here too), unlike a plain emitter's.
const EventEmitter = require('events');
for (const [name, make] of [...Object.entries(kinds), ['EventEmitter', () => new EventEmitter()]]) {
  const fresh = make();
  const used = make();
  used.on('data', () => {});
  const quirks = [fresh, used].map((e) => [
    e.listenerCount('toString'),
    e.emit('hasOwnProperty', 'x'),
    Object.getPrototypeOf(e._events) === Object.prototype,
  ].join(' '));
  used.on('valueOf', () => {});
  console.log(`${name} quirks: ${quirks.join(' / ')} valueOf listeners ${used.listeners('valueOf').length}`);
}
