'use strict';
// node:timers

// The timer machinery (internal/timers) loads with the first timer: a script that
// sets none does not pay for it at start-up.
let impl;
function timers() {
  if (impl === undefined) impl = require('internal/timers');
  return impl;
}

function validateFunction(callback, name) {
  if (typeof callback !== 'function') {
    throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)(name, 'Function', callback);
  }
}

function setTimeout(callback, after, ...args) {
  validateFunction(callback, 'callback');
  return new (timers().Timeout)(callback, after, args.length ? args : undefined, false, true);
}

function setInterval(callback, repeat, ...args) {
  validateFunction(callback, 'callback');
  return new (timers().Timeout)(callback, repeat, args.length ? args : undefined, true, true);
}

function clearTimeout(timer) {
  timers().clearTimeout(timer);
}

function clearInterval(timer) {
  timers().clearTimeout(timer);
}

function setImmediate(callback, ...args) {
  validateFunction(callback, 'callback');
  return new (timers().Immediate)(callback, args.length ? args : undefined);
}

function clearImmediate(immediate) {
  timers().clearImmediate(immediate);
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
