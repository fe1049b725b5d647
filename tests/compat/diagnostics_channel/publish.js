'use strict';
// publish(): order, arguments, throwing subscribers, changes during a publish.
const dc = require('diagnostics_channel');

const errors = [];
process.on('uncaughtException', (err, origin) => {
  errors.push(`${origin}: ${err.message}`);
});

const ch = dc.channel('pub');
const log = [];
const first = (msg, name) => log.push(['first', msg, name]);
const thrower = (msg) => { log.push(['thrower', msg]); throw new Error(`boom ${msg}`); };
const third = function(msg) { log.push(['third', msg, this === undefined]); };
ch.subscribe(first);
ch.subscribe(thrower);
ch.subscribe(third);
ch.publish(1);
ch.publish(2);
console.log(JSON.stringify(log), errors);  // errors arrive on the next tick
log.length = 0;

// A subscriber added or removed during a publish takes effect from the next one.
const late = (msg) => log.push(['late', msg]);
const adder = (msg) => { log.push(['adder', msg]); ch.subscribe(late); ch.unsubscribe(third); };
ch.unsubscribe(thrower);
ch.subscribe(adder);
ch.publish('x');
ch.unsubscribe(adder);
ch.publish('y');
console.log(JSON.stringify(log));
log.length = 0;

// The same function twice: it runs twice; unsubscribe removes one at a time.
const twice = (msg) => log.push(['twice', msg]);
dc.subscribe('dup', twice);
dc.subscribe('dup', twice);
dc.channel('dup').publish(1);
console.log(dc.unsubscribe('dup', twice), dc.hasSubscribers('dup'));
dc.channel('dup').publish(2);
console.log(dc.unsubscribe('dup', twice), dc.hasSubscribers('dup'), dc.unsubscribe('dup', twice));
dc.channel('dup').publish(3);
console.log(JSON.stringify(log));

// Symbol-named channels pass the symbol as the name; data is passed as is.
const sym = Symbol('sym');
dc.subscribe(sym, (msg, name) => console.log('sym', name === sym, msg));
const obj = { o: 1 };
dc.subscribe(sym, (msg) => console.log('same object', msg === obj));
dc.channel(sym).publish(obj);
dc.channel(sym).publish();

// No subscribers: publish is a no-op.
console.log(dc.channel('empty').publish('nothing'));

// Each throw reaches 'uncaughtException' on its own tick, after this script.
process.on('exit', () => console.log('exit', errors));
