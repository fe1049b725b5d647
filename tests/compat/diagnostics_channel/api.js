'use strict';
// The module surface: exports, channel identity, names, argument errors.
const dc = require('diagnostics_channel');

console.log(require('node:diagnostics_channel') === dc, Object.keys(dc));
console.log(require('module').isBuiltin('diagnostics_channel'), require('module').isBuiltin('node:diagnostics_channel'));
console.log(typeof dc.Channel, dc.Channel.name, Object.getOwnPropertyNames(dc.Channel.prototype));
for (const k of ['channel', 'hasSubscribers', 'subscribe', 'unsubscribe', 'tracingChannel']) {
  console.log(k, dc[k].length, dc[k].name);
}

const a = dc.channel('a');
console.log(a === dc.channel('a'), a !== dc.channel('b'), a.name, a instanceof dc.Channel,
            Object.getPrototypeOf(a) === dc.Channel.prototype, a.hasSubscribers, Object.keys(a));
const sym = Symbol('s');
const s = dc.channel(sym);
console.log(s === dc.channel(sym), s.name === sym, s !== dc.channel(Symbol('s')), typeof s.name);
console.log(dc.channel('') === dc.channel(''), dc.channel('').name === '');

function show(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
for (const bad of [1, 0, null, undefined, {}, [], true, 1n, () => {}]) {
  show(`channel(${typeof bad})`, () => dc.channel(bad));
}
// hasSubscribers never validates: unknown names are just false.
for (const name of ['nope', 1, null, undefined, Symbol('x'), {}]) {
  show(`hasSubscribers(${typeof name})`, () => dc.hasSubscribers(name));
}
for (const bad of [null, 1, 'fn', {}, undefined]) {
  show(`subscribe(${bad === null ? 'null' : typeof bad})`, () => dc.subscribe('a', bad));
  show(`channel.subscribe(${bad === null ? 'null' : typeof bad})`, () => dc.channel('c').subscribe(bad));
}
console.log(dc.hasSubscribers('a'), dc.hasSubscribers('c'), Object.getPrototypeOf(dc.channel('c')) === dc.Channel.prototype);
show('subscribe(1, fn)', () => dc.subscribe(1, () => {}));
show('unsubscribe(1, fn)', () => dc.unsubscribe(1, () => {}));
show('unsubscribe unknown', () => dc.unsubscribe('fresh', () => {}));

// Channel as a class: new Channel(name) registers the name like channel(name).
const direct = new dc.Channel('direct');
console.log(direct === dc.channel('direct'), direct instanceof dc.Channel);
console.log({} instanceof dc.Channel, Object.create(dc.Channel.prototype) instanceof dc.Channel);
// Subscribing swaps to the active prototype; it is still a Channel.
const fn = () => {};
console.log(a.subscribe(fn), a.hasSubscribers, a instanceof dc.Channel,
            Object.getPrototypeOf(a) === dc.Channel.prototype, dc.hasSubscribers('a'));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(a)));
console.log(a.unsubscribe(fn), a.unsubscribe(fn), a.hasSubscribers,
            Object.getPrototypeOf(a) === dc.Channel.prototype, a === dc.channel('a'));
console.log(typeof a.publish(1), a.runStores(1, function(x, y) { return [this, x, y]; }, 'this', 'x', 'y'));
