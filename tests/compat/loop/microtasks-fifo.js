// queueMicrotask and promise reactions share one FIFO queue.
queueMicrotask(() => console.log('qm 1'));
Promise.resolve().then(() => console.log('promise 1'));
queueMicrotask(() => {
  console.log('qm 2');
  queueMicrotask(() => console.log('qm from qm 2'));
});
Promise.resolve().then(() => console.log('promise 2'));
(async () => {
  console.log('async start');
  await null;
  console.log('after await 1');
  await null;
  console.log('after await 2');
})();
console.log('sync end');
