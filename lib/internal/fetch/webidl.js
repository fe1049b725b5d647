'use strict';
// What the fetch classes (Headers, FormData) share as WebIDL defines them: argument
// counts, pair iterators, enumerable methods and the class's toStringTag.

function argCount(prefix, got, need) {
  if (got < need) {
    throw new TypeError(`${prefix}: ${need} argument${need > 1 ? 's' : ''} required, but${need > 1 ? ' only' : ''} ${got} found.`);
  }
}

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

// The pair iterator of the class `name` over entriesOf(object) (an array of
// [key, value], read again at each step): make(object, kind) gives an iterator,
// forEach(object, callback, thisArg, argc) is the class's forEach.
function pairIterator(name, entriesOf) {
  const kState = Symbol(`${name} iterator state`);
  const proto = Object.create(IteratorPrototype, {
    next: {
      value: function next() {
        const state = this[kState];
        const entries = entriesOf(state.target);
        if (state.index >= entries.length) return { value: undefined, done: true };
        const [k, v] = entries[state.index++];
        return { value: state.kind === 'key' ? k : state.kind === 'value' ? v : [k, v], done: false };
      },
      writable: true, configurable: true, enumerable: true,
    },
    [Symbol.toStringTag]: { value: `${name} Iterator`, configurable: true },
  });
  return {
    make(target, kind) {
      const it = Object.create(proto);
      it[kState] = { target, kind, index: 0 };
      return it;
    },
    forEach(target, callback, thisArg, argc) {
      argCount(`${name}.forEach`, argc, 1);
      if (typeof callback !== 'function') {
        throw new TypeError(`Failed to execute 'forEach' on '${name}': parameter 1 is not of type 'Function'.`);
      }
      for (const [k, v] of target) Reflect.apply(callback, thisArg, [v, k, target]);
    },
  };
}

// The class's toStringTag, and `methods` made enumerable (moved last, in that order).
function finishInterface(Class, name, methods) {
  Object.defineProperty(Class.prototype, Symbol.toStringTag, { value: name, configurable: true });
  for (const method of methods) {
    const desc = Object.getOwnPropertyDescriptor(Class.prototype, method);
    delete Class.prototype[method];
    Object.defineProperty(Class.prototype, method, { ...desc, enumerable: true });
  }
}

module.exports = { argCount, pairIterator, finishInterface };
