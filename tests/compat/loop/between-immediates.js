// Ticks and microtasks drain between immediates; an immediate queued during the
// check phase runs in the next iteration, after the ones already queued.
setImmediate(() => {
  console.log('immediate 1');
  setImmediate(() => console.log('immediate 3 (queued by 1)'));
  process.nextTick(() => console.log('tick from 1'));
  Promise.resolve().then(() => console.log('promise from 1'));
});
setImmediate(() => console.log('immediate 2'));
