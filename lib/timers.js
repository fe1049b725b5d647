'use strict';
// node:timers

const {
  Timeout, Immediate, clearTimeout, clearImmediate,
} = require('internal/timers');
const { codes } = require('internal/errors');

function validateFunction(callback, name) {
  if (typeof callback !== 'function') throw new codes.ERR_INVALID_ARG_TYPE(name, 'Function', callback);
}

function setTimeout(callback, after, ...args) {
  validateFunction(callback, 'callback');
  return new Timeout(callback, after, args.length ? args : undefined, false, true);
}

function setInterval(callback, repeat, ...args) {
  validateFunction(callback, 'callback');
  return new Timeout(callback, repeat, args.length ? args : undefined, true, true);
}

function clearInterval(timer) {
  clearTimeout(timer);
}

function setImmediate(callback, ...args) {
  validateFunction(callback, 'callback');
  return new Immediate(callback, args.length ? args : undefined);
}

// util.promisify(setTimeout) / util.promisify(setImmediate) use timers/promises, as in Node.
const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
for (const [fn, name] of [[setTimeout, 'setTimeout'], [setImmediate, 'setImmediate']]) {
  Object.defineProperty(fn, kCustomPromisify, {
    enumerable: true, configurable: true,
    get() { return require('timers/promises')[name]; },
  });
}

let promisesApi;
module.exports = {
  setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate,
  get promises() {
    if (promisesApi === undefined) promisesApi = require('timers/promises');
    return promisesApi;
  },
};
