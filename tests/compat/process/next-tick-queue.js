// The nextTick queue: order against promise jobs and nested ticks, arguments and
// `this`, invalid callbacks, a throwing tick (the rest run later), thousands of
// ticks queued while draining, and no ticks once the process is exiting.
const log = [];
const out = (s) => log.push(s);

console.log(process.nextTick.name, process.nextTick.length);
for (const bad of [undefined, null, 1, 'f', {}]) {
  try { process.nextTick(bad); } catch (e) { console.log(e.code, e.message); }
}
try { process.nextTick(); } catch (e) { console.log(e.code, e.message); }

// Ticks queued by ticks run before promise jobs; ticks queued by promise jobs run
// after the jobs queued with them.
process.nextTick(() => {
  out('A');
  process.nextTick(() => out('B'));
});
Promise.resolve().then(() => {
  out('P');
  process.nextTick(() => out('C'));
  Promise.resolve().then(() => out('Q'));
});
process.nextTick(function (a, b, c, d, e) {
  out(`args ${arguments.length} ${a} ${b} ${c} ${d} ${e}`);
}, 1, 'two', null, undefined, { five: 5 }.five);
process.nextTick(function () { out(`sloppy this is global: ${this === globalThis}`); });
process.nextTick(function () { 'use strict'; out(`strict this: ${this}`); });
process.nextTick((...a) => out(`zero args: ${a.length}`));

setTimeout(() => {
  console.log(log.join('\n'));
  log.length = 0;
  throwingTick();
}, 1);

// A tick that throws: 'uncaughtException' sees it, and the ticks queued after it
// still run (before the next timer fires).
function throwingTick() {
  process.once('uncaughtException', (err) => out(`caught ${err.message}`));
  process.nextTick(() => out('before'));
  process.nextTick(() => { throw new Error('boom'); });
  process.nextTick(() => out('after 1'));
  process.nextTick(() => out('after 2'));
  setTimeout(() => {
    out('timer');
    console.log(log.join('\n'));
    manyTicks();
  }, 5);
}

// Thousands of ticks, half of them queued while the queue drains, run in order.
function manyTicks() {
  const seen = [];
  const total = 3000;
  for (let i = 0; i < total; i++) {
    process.nextTick((n) => {
      seen.push(n);
      if (n < total / 2) process.nextTick((m) => seen.push(m), total + n);
    }, i);
  }
  setTimeout(() => {
    let ordered = seen.length === total * 1.5;
    for (let i = 0; i < seen.length && ordered; i++) ordered = seen[i] === i;
    console.log('many ticks in order:', ordered, seen.length);
    process.on('exit', () => {
      process.nextTick(() => console.log('tick during exit: must not run'));
      console.log('exit');
    });
  }, 1);
}
