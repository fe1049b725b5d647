// Ticks and microtasks drain between two timers that expire together.
setTimeout(() => {
  console.log('timer 1');
  process.nextTick(() => console.log('tick from timer 1'));
  Promise.resolve().then(() => console.log('promise from timer 1'));
}, 0);
setTimeout(() => console.log('timer 2'), 0);
