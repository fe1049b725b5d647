'use strict';
// bindStore / unbindStore / runStores with a store object that has
// run(store, fn, ...args) (an AsyncLocalStorage in Node; duck-typed here so the
// test runs the same on both).
const dc = require('diagnostics_channel');

class Store {
  constructor(name) { this.name = name; this.current = undefined; }
  run(store, fn, ...args) {
    const prev = this.current;
    this.current = store;
    console.log(`  ${this.name}.run(${JSON.stringify(store)})`);
    try {
      return fn(...args);
    } finally {
      this.current = prev;
    }
  }
  getStore() { return this.current; }
}

const errors = [];
process.on('uncaughtException', (err) => errors.push(err.message));

const ch = dc.channel('stores');
const s1 = new Store('s1');
const s2 = new Store('s2');

// Without stores or subscribers: just calls fn.
console.log(ch.runStores({ d: 0 }, function(a) { return [this, a]; }, 'self', 'arg'));

console.log(ch.bindStore(s1), ch.hasSubscribers, dc.hasSubscribers('stores'),
            Object.getPrototypeOf(ch) === dc.Channel.prototype);
ch.subscribe((msg) => console.log('  subscriber sees', msg, s1.getStore(), s2.getStore()));
console.log('result', ch.runStores({ d: 1 }, (x) => [s1.getStore(), s2.getStore(), x], null, 'x'));

// The transform maps published data to the store value; the last bound store runs first.
ch.bindStore(s2, (data) => ({ wrapped: data.d }));
console.log('result', ch.runStores({ d: 2 }, () => [s1.getStore(), s2.getStore()]));

// Binding a bound store again replaces its transform.
ch.bindStore(s2, (data) => `t${data.d}`);
console.log('result', ch.runStores({ d: 3 }, () => s2.getStore()));

// A throwing transform skips that store (reported as uncaught) but still runs fn.
ch.bindStore(s1, () => { throw new Error('transform failed'); });
console.log('result', ch.runStores({ d: 4 }, () => [s1.getStore(), s2.getStore()]));
console.log('after', s1.getStore(), s2.getStore());

console.log(ch.unbindStore(s1), ch.unbindStore(s1), ch.unbindStore({}), ch.hasSubscribers);
console.log(ch.unbindStore(s2), dc.channel('fresh').unbindStore(s2));

// A traced call sees the store bound to its start channel.
const tc = dc.tracingChannel('stored');
const s3 = new Store('s3');
tc.start.bindStore(s3, (ctx) => ({ req: ctx.id }));
console.log(tc.hasSubscribers, tc.start.hasSubscribers);
console.log('traced', tc.traceSync(() => s3.getStore(), { id: 7 }));
tc.traceCallback((cb) => cb(null, 'r'), -1, { id: 8 }, null, (err, r) => console.log('callback', r, s3.getStore()));
tc.tracePromise(async () => s3.getStore(), { id: 9 }).then((v) => console.log('promise', v, s3.getStore()));
// asyncStart.bindStore restores context for the callback of traceCallback.
const s4 = new Store('s4');
tc.asyncStart.bindStore(s4);
tc.traceCallback((cb) => cb(null, 'r2'), -1, { id: 10 }, null, () => console.log('callback', s4.getStore()));
console.log(tc.start.unbindStore(s3), tc.asyncStart.unbindStore(s4), tc.hasSubscribers);

process.on('exit', () => console.log('errors', errors));
