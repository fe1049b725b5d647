'use strict';
// util.promisify and util.callbackify.

const { codes } = require('internal/errors');

const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
// Set by modules whose callbacks take several values (dns.lookup, child_process.exec):
// the promise then resolves to an object with these names.
const kCustomPromisifyArgsSymbol = Symbol('customPromisifyArgs');

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new codes.ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

// Copies every own property descriptor of `from` onto `to`.
function copyDescriptors(to, from, edit) {
  const descriptors = Object.getOwnPropertyDescriptors(from);
  if (edit) edit(descriptors);
  for (const d of Object.values(descriptors)) Object.setPrototypeOf(d, null);
  return Object.defineProperties(to, descriptors);
}

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisifiedSymbol, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  const argumentNames = original[kCustomPromisifyArgsSymbol];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  return copyDescriptors(fn, original);
}
promisify.custom = kCustomPromisifiedSymbol;

function callbackifyOnRejected(reason, cb) {
  // A falsy rejection would read as success to the callback: wrap it.
  if (!reason) reason = new codes.ERR_FALSY_VALUE_REJECTION(reason);
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }
  return copyDescriptors(callbackified, original, (d) => {
    if (typeof d.length?.value === 'number') d.length.value++;
    if (typeof d.name?.value === 'string') d.name.value += 'Callbackified';
  });
}

module.exports = {
  promisify, callbackify, customPromisifyArgs: kCustomPromisifyArgsSymbol,
  kCustomPromisifiedSymbol,
};
