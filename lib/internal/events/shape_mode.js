'use strict';
// Node 20's streams are emitters in "shape mode", and so are ours.
//
// emitter[kShapeMode] true: removing a type's last listener leaves the key in
// `_events` with the value undefined instead of deleting it, and emits no
// 'removeListener'. (In QuickJS a `delete` would also give the object a private copy
// of its shape, about 100 bytes for the life of the emitter.)
//
// Node starts each stream with the event types it uses as keys of `_events`, which
// sets the order eventNames() reports. Here the stream classes share one frozen
// object with those keys on their prototype instead, and an instance gets its own
// copy (events.js ownEvents) with its first listener: a stream nobody listens to
// costs no `_events` object.

const kShapeMode = Symbol('shapeMode');

// A frozen `_events` to put on a prototype: `listeners` maps each type, in Node's
// order, to undefined or to one listener function every instance starts with.
// `proto` is what Node's own start has: Object.prototype for a stream (an object
// literal, so stream.listenerCount('toString') is 1 in Node too), null for a plain
// emitter. An instance's copy gets the same prototype.
function sharedEvents(listeners, proto = null) {
  const shared = Object.freeze(Object.assign(Object.create(proto), listeners));
  let count = 0;
  for (const key of Reflect.ownKeys(shared)) if (shared[key] !== undefined) count++;
  listenerCounts.set(shared, count);
  return shared;
}

// How many types have a listener in each shared object: an emitter whose
// _eventsCount differs cannot go back to sharing it (events.js restoreSharedEvents),
// and that is known without comparing every key.
const listenerCounts = new WeakMap();
function sharedListenerCount(shared) {
  return listenerCounts.get(shared);
}

module.exports = { kShapeMode, sharedEvents, sharedListenerCount };
