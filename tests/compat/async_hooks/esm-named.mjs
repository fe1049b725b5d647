// node:async_hooks's named ESM exports.
import { AsyncLocalStorage, AsyncResource } from 'node:async_hooks';
import hooks from 'async_hooks';
const als = new AsyncLocalStorage();
await als.run('esm', async () => {
  await null;
  console.log(als.getStore(), hooks.AsyncLocalStorage === AsyncLocalStorage, typeof AsyncResource.bind);
});
