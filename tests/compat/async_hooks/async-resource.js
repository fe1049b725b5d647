'use strict';
// AsyncResource: runInAsyncScope (this, arguments, the context it was made in),
// bind (length, asyncResource, this), static bind, ids, argument validation.
const { AsyncResource, AsyncLocalStorage, executionAsyncId, triggerAsyncId } = require('async_hooks');
const als = new AsyncLocalStorage();
const r = als.run('made-here', () => new AsyncResource('MyResource'));
console.log('top ids', executionAsyncId(), triggerAsyncId());
console.log('scope', r.runInAsyncScope(function (x, y) { return [this.tag, x, y, als.getStore()]; }, { tag: 'this' }, 1, 2));
console.log('ids', typeof r.asyncId(), r.asyncId() > 1, r.triggerAsyncId() === 1);
console.log('inside ids', r.runInAsyncScope(() => executionAsyncId() === r.asyncId() && triggerAsyncId() === r.triggerAsyncId()));
function named(a, b, c) { return [this && this.who, a, als.getStore()]; }
const bound = r.bind(named);
console.log('bound', bound.length, bound.asyncResource === r, Object.keys(bound), bound.call({ who: 'caller' }, 5));
const boundThis = r.bind(named, { who: 'fixed' });
console.log('bound this', boundThis.call({ who: 'caller' }, 6));
const sb = als.run('static', () => AsyncResource.bind(function f(x) { return [x, als.getStore()]; }));
console.log('static bind', sb(7), sb.asyncResource instanceof AsyncResource);
console.log('emitDestroy', r.emitDestroy() === r);
const opts = new AsyncResource('T', { triggerAsyncId: 42, requireManualDestroy: true });
console.log('trigger option', opts.triggerAsyncId());
console.log('numeric option', new AsyncResource('T', 7).triggerAsyncId());
for (const bad of [() => new AsyncResource(), () => new AsyncResource(5), () => new AsyncResource('T', { triggerAsyncId: -2 }),
  () => new AsyncResource('T', { triggerAsyncId: 1.5 }), () => new AsyncResource(''), () => r.bind(5)]) {
  try {
    bad();
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try {
  r.runInAsyncScope(() => { throw new Error('boom'); });
} catch (e) {
  console.log('rethrown', e.message, executionAsyncId());
}
