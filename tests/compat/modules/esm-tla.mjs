// Top-level await: the module body waits; later output follows resolution order.
console.log('start');
const v = await new Promise((resolve) => setTimeout(() => resolve('resolved'), 5));
console.log(v);
await null;
for await (const x of [1, Promise.resolve(2)]) console.log('item', x);
console.log('end');
