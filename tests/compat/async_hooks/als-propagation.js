'use strict';
// AsyncLocalStorage follows a store into everything started inside run(): ticks,
// microtasks, then() and await continuations, timers, intervals, immediates, fs
// callbacks and promises, and nowhere else.
const fs = require('fs');
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const seen = [];
const log = (what) => seen.push(`${what}: ${JSON.stringify(als.getStore())}`);

function scenario(store, done) {
  als.run(store, async () => {
    log('sync');
    process.nextTick(() => log('nextTick'));
    queueMicrotask(() => log('queueMicrotask'));
    Promise.resolve().then(() => log('then'));
    Promise.reject(new Error('x')).catch(() => log('catch'));
    await new Promise((resolve) => setImmediate(() => {
      log('setImmediate');
      let n = 0;
      const iv = setInterval(() => {
        log(`setInterval ${++n}`);
        if (n === 2) {
          clearInterval(iv);
          resolve();
        }
      }, 1);
    }));
    log('after the interval');
    await new Promise((resolve) => setTimeout(resolve, 1));
    log('after await setTimeout');
    await fs.promises.readFile(__filename);
    log('after fs.promises');
    fs.stat(__filename, () => {
      log('fs.stat callback');
      done();
    });
  });
  log('outside run');
}

scenario({ request: 1 }, () => {
  log('done 1');
  scenario('second', () => {
    for (const line of seen) console.log(line);
  });
});
