'use strict';
// events.EventEmitterAsyncResource: listeners run in the async context the emitter
// was made in, whoever emits; its resource, ids, name checks and errors.
const { EventEmitterAsyncResource, EventEmitter } = require('events');
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');
const als = new AsyncLocalStorage();
const ee = als.run('made', () => new EventEmitterAsyncResource({ name: 'Thing' }));
ee.on('ping', (x) => console.log('listener', x, als.getStore()));
als.run('emitting', () => console.log('emit returns', ee.emit('ping', 1), ee.emit('nothing')));
const plain = als.run('made', () => new EventEmitter());
plain.on('ping', () => console.log('plain listener', als.getStore()));
als.run('emitting', () => plain.emit('ping'));
console.log('instance', ee instanceof EventEmitter, ee.asyncResource instanceof AsyncResource, ee.asyncResource.eventEmitter === ee);
console.log('ids', typeof ee.asyncId, typeof ee.triggerAsyncId);
console.log('named by string', new EventEmitterAsyncResource('Str').asyncResource instanceof AsyncResource);
class Sub extends EventEmitterAsyncResource {}
console.log('subclass', new Sub() instanceof EventEmitterAsyncResource);
for (const bad of [() => new EventEmitterAsyncResource(), () => new EventEmitterAsyncResource({ name: 5 })]) {
  try {
    bad();
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
ee.emitDestroy();
console.log('same class', require('events').EventEmitterAsyncResource === EventEmitterAsyncResource);
