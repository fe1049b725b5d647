'use strict';
// A timer started from a nextTick or a promise reaction queued by a timer callback
// fires, while a later timer (unref'ed, then ref'ed) waits: the wait for the later
// timer must not replace the new, earlier one.
const guard = setTimeout(() => console.log('guard fired (unref: should not)'), 2000).unref();
let n = 0;
function step() {
  console.log('step', n);
  if (++n === 3) return promises();
  process.nextTick(() => setTimeout(step, 1));
}
setTimeout(step, 1);

function promises() {
  const later = setTimeout(() => console.log('later'), 300);
  setTimeout(() => {
    Promise.resolve().then(() => setTimeout(() => {
      console.log('from promise');
      clearTimeout(later);
      clearTimeout(guard);
    }, 1));
  }, 1);
}
