'use strict';
// Per-instance fields that most instances never change can start on the prototype:
// reading them gives the default, and an instance gets its own on the first write.
// In QuickJS every own property a constructor adds costs a shape change, and a
// server makes its sockets and http messages per connection and per request.

// Adds each of defaults' own keys (strings and symbols) to proto as a writable data
// property, not enumerable, as a class's fields would not be there.
function setPrototypeDefaults(proto, defaults) {
  for (const key of Reflect.ownKeys(defaults)) {
    Object.defineProperty(proto, key, { value: defaults[key], writable: true, configurable: true });
  }
}

// Makes the plain function `fn` the constructor of class `methods`'s prototype (its
// methods, accessors and `super` references), with `base` as fn's parent: Node's
// http classes are functions, which old-style subclasses call with fn.call(this).
function adoptClassPrototype(fn, methods, base) {
  fn.prototype = methods.prototype;
  Object.defineProperty(fn.prototype, 'constructor', { value: fn, writable: true, configurable: true });
  Object.setPrototypeOf(fn, base);
}

module.exports = { setPrototypeDefaults, adoptClassPrototype };
