// Interleaving of two async functions and a thenable, as V8/QuickJS job order defines it.
async function a() {
  console.log('a1');
  await undefined;
  console.log('a2');
  await undefined;
  console.log('a3');
}
async function b() {
  console.log('b1');
  await Promise.resolve();
  console.log('b2');
}
a();
b();
Promise.resolve().then(() => console.log('then 1')).then(() => console.log('then 2'));
const thenable = { then(resolve) { console.log('thenable.then'); resolve('t'); } };
Promise.resolve(thenable).then((v) => console.log('thenable resolved', v));
