'use strict';
// tracingChannel: construction, subscribe/unsubscribe, traceSync/tracePromise/
// traceCallback event order and context contents.
const dc = require('diagnostics_channel');

function show(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    // Engine TypeErrors (no code) word their messages differently.
    console.log(label, e.name, e.code, e.code || e.name !== 'TypeError' ? e.message : '');
  }
}

const tc = dc.tracingChannel('op');
console.log(Object.keys(tc), Object.getOwnPropertyNames(tc));
console.log(['start', 'end', 'asyncStart', 'asyncEnd', 'error'].map((n) => tc[n].name));
console.log(tc.start === dc.channel('tracing:op:start'), tc.start instanceof dc.Channel, tc.hasSubscribers);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(tc)));
const desc = Object.getOwnPropertyDescriptor(tc, 'start');
console.log(desc.writable, desc.enumerable, desc.configurable);

for (const bad of [1, null, undefined, true, Symbol('x')]) {
  show(`tracingChannel(${String(bad)})`, () => dc.tracingChannel(bad));
}
show('partial object', () => dc.tracingChannel({ start: dc.channel('s') }));
show('bad member', () => dc.tracingChannel({ start: {}, end: 1 }));
const fromObj = dc.tracingChannel({
  start: dc.channel('o:start'), end: dc.channel('o:end'), asyncStart: dc.channel('o:as'),
  asyncEnd: dc.channel('o:ae'), error: dc.channel('o:err'),
});
console.log(fromObj.start.name, fromObj.error.name);

const events = [];
const rec = (name) => (ctx) => events.push(`${name} ${JSON.stringify(ctx, (k, v) => v instanceof Error ? `Error(${v.message})` : v)}`);
const handlers = {
  start: rec('start'), end: rec('end'), asyncStart: rec('asyncStart'), asyncEnd: rec('asyncEnd'), error: rec('error'),
};

// No subscribers: fn runs directly, context untouched.
const untouched = { id: 0 };
console.log(tc.traceSync((a, b) => a * b, untouched, null, 6, 7), untouched);

console.log(tc.subscribe(handlers), tc.hasSubscribers, dc.hasSubscribers('tracing:op:asyncEnd'));
console.log(tc.traceSync(function(a, b) { return [this.t, a + b]; }, { id: 1 }, { t: 'this' }, 1, 2));
show('traceSync throws', () => tc.traceSync(() => { throw new Error('sync fail'); }, { id: 2 }));
console.log(tc.traceSync(() => 'default ctx'));
console.log(events.splice(0));

// traceCallback: the callback at `position` (default last) is wrapped.
tc.traceCallback(function(cb) { cb.call({ self: 1 }, null, 'cb-result'); }, undefined, { id: 3 }, null,
                 function(err, res) { events.push(`callback ${err} ${res} ${this.self}`); });
tc.traceCallback((cb, x) => cb(new Error('cb fail'), x), 0, { id: 4 }, null,
                 (err) => events.push(`callback ${err.message}`), 'x');
show('traceCallback no callback', () => tc.traceCallback(() => {}, 0, {}, null, 'not fn'));
show('traceCallback throws', () => tc.traceCallback(() => { throw new Error('cb sync'); }, -1, { id: 5 }, null, () => {}));
console.log(events.splice(0));

(async () => {
  // tracePromise: start/end now, asyncStart/asyncEnd when settled.
  const p = tc.tracePromise(async (v) => v * 2, { id: 6 }, null, 21);
  console.log(p instanceof Promise, events.splice(0));
  console.log('resolved', await p, events.splice(0));
  try {
    await tc.tracePromise(() => Promise.reject(new Error('async fail')), { id: 7 });
  } catch (e) {
    console.log('rejected', e.message, events.splice(0));
  }
  // A thenable or plain value becomes a native promise.
  const r = tc.tracePromise(() => ({ then(res) { res('thenable'); } }), { id: 8 });
  console.log(r instanceof Promise, await r, events.splice(0));
  console.log(await tc.tracePromise(() => 'plain', { id: 9 }), events.splice(0));
  show('tracePromise sync throw', () => tc.tracePromise(() => { throw new Error('before promise'); }, { id: 10 }));
  console.log(events.splice(0));

  // unsubscribe: true only if every given handler was subscribed.
  console.log(tc.unsubscribe(handlers), tc.hasSubscribers, tc.unsubscribe(handlers));
  console.log(tc.unsubscribe({}), tc.unsubscribe({ start: () => {} }));
  tc.subscribe({ end: handlers.end });
  console.log(tc.hasSubscribers, tc.traceSync(() => 'only end', { id: 11 }), events.splice(0));
  console.log(tc.unsubscribe({ end: handlers.end, start: handlers.start }), tc.hasSubscribers);
})();
