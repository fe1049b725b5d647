// A tick that throws between two due timers ('uncaughtException' handles it): the
// next timer is not lost, and runs right after the report, as in Node (whose own
// order here varies from run to run with its timer lists; this is its usual one).
let n = 0;
process.on('uncaughtException', (e) => console.log('uncaught', e.message));
setTimeout(() => {
  console.log('timer 1');
  process.nextTick(() => { throw new Error(`tick ${++n}`); });
  process.nextTick(() => console.log('tick after the throw'));
  Promise.resolve().then(() => console.log('promise'));
  setImmediate(() => console.log('immediate'));
  setTimeout(() => console.log('timer 3 (new)'), 0);
}, 1);
setTimeout(() => {
  console.log('timer 2');
  process.nextTick(() => { throw new Error(`tick ${++n}`); });
}, 1);
setTimeout(() => console.log('timer 4'), 1);
const iv = setInterval(() => {
  console.log('interval');
  clearInterval(iv);
}, 1);
// All of them due at the first timers phase even on a loaded machine (where the
// lines above can be far apart in time).
const until = Date.now() + 5;
while (Date.now() < until);
