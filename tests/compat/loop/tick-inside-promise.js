// A nextTick queued by a promise reaction runs after the whole microtask queue drains.
Promise.resolve().then(() => {
  console.log('p1');
  process.nextTick(() => console.log('tick from p1'));
  Promise.resolve().then(() => console.log('p1 -> p3'));
}).then(() => console.log('p1 -> p2'));
Promise.resolve().then(() => console.log('p4'));
process.nextTick(() => {
  console.log('tick 1');
  Promise.resolve().then(() => console.log('promise from tick 1'));
  process.nextTick(() => console.log('tick from tick 1'));
});
