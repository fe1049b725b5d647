'use strict';
// AsyncLocalStorage's API: run (return value, arguments, throw), nesting, exit,
// enterWith, disable, two storages side by side, bind and snapshot.
const { AsyncLocalStorage } = require('async_hooks');
const a = new AsyncLocalStorage();
const b = new AsyncLocalStorage();
console.log('keys', Object.keys(a), typeof a.kResourceStore);
console.log('fresh', a.getStore());
console.log('run returns', a.run(1, (x, y) => x + y, 2, 3));
try {
  a.run('thrown', () => { throw new Error('inside'); });
} catch (e) {
  console.log('threw', e.message, 'store after', a.getStore());
}
a.run('outer', () => {
  b.run('b-value', () => {
    console.log('both', a.getStore(), b.getStore());
    a.run('inner', () => console.log('nested', a.getStore(), b.getStore()));
    console.log('restored', a.getStore(), b.getStore());
    a.exit(() => console.log('exit', a.getStore(), b.getStore()));
    console.log('after exit', a.getStore());
  });
});
const bound = AsyncLocalStorage.bind(() => a.getStore());
const snap = a.run('snap', () => AsyncLocalStorage.snapshot());
a.run('elsewhere', () => {
  console.log('bound sees', bound());
  console.log('snapshot sees', snap(() => a.getStore()), snap((x) => x * 2, 21));
});
a.enterWith('entered');
console.log('enterWith', a.getStore());
setTimeout(() => {
  console.log('timer after enterWith', a.getStore());
  a.disable();
  console.log('disabled', a.getStore());
  a.run('again', () => console.log('enabled by run', a.getStore()));
}, 1);
process.nextTick(() => console.log('tick after enterWith', a.getStore()));
