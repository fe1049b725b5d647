// Recursively queued nextTicks all run before the first promise reaction.
let n = 0;
function again() {
  if (++n < 5) process.nextTick(again);
  console.log('tick', n);
}
process.nextTick(again);
Promise.resolve().then(() => console.log('promise after', n, 'ticks'));
