'use strict';
// Channels are held weakly by name, but a referenced channel stays the same object
// through subscribe/unsubscribe and bindStore cycles, and names never collide across
// types ('1' is not the symbol, a tracing channel's names are plain channels).
const dc = require('diagnostics_channel');

const held = dc.channel('held');
const fn = () => {};
for (let i = 0; i < 3; i++) {
  dc.subscribe('held', fn);
  dc.unsubscribe('held', fn);
  held.bindStore({ run: (s, f) => f() });
}
console.log(held === dc.channel('held'), held.hasSubscribers);
const symA = Symbol('held');
console.log(dc.channel(symA) !== held, dc.channel(Symbol.for('held')) === dc.channel(Symbol.for('held')));
const tc = dc.tracingChannel('held');
console.log(tc.start === dc.channel('tracing:held:start'), dc.tracingChannel('held') !== tc,
            dc.tracingChannel('held').end === tc.end);
// Many channels: each name keeps its own channel while referenced.
const list = [];
for (let i = 0; i < 1000; i++) list.push(dc.channel(`many:${i}`));
let same = 0;
for (let i = 0; i < 1000; i++) if (dc.channel(`many:${i}`) === list[i]) same++;
console.log('same', same);
// A subscribed channel keeps working when no one holds it but the registry.
dc.subscribe('unheld', (m) => console.log('unheld got', m));
setImmediate(() => {
  dc.channel('unheld').publish('later');
  console.log(dc.hasSubscribers('unheld'));
});
