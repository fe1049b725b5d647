'use strict';
// assert.throws / rejects / doesNotThrow / doesNotReject: run the function (or await
// the promise), then validate what was thrown against a class, a RegExp, a
// validation object or a validation function, with Node 20's messages.

const { AssertionError } = require('internal/assert/assertion_error');
const { isDeepStrictEqual } = require('internal/util/comparisons');
const { inspect } = require('internal/util/inspect');
const {
  codes: {
    ERR_AMBIGUOUS_ARGUMENT,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_RETURN_VALUE,
  },
} = require('internal/errors');

const NO_EXCEPTION = Symbol('no exception');

const isRegExp = (v) => Object.prototype.toString.call(v) === '[object RegExp]' && v instanceof RegExp;
const isError = (v) => v instanceof Error || Object.prototype.toString.call(v) === '[object Error]';

function fail(props) {
  if (props.message instanceof Error) throw props.message;
  throw new AssertionError(props);
}

function getActual(fn) {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function isPromiseLike(obj) {
  return obj instanceof Promise ||
    (obj !== null && typeof obj === 'object' && typeof obj.then === 'function' && typeof obj.catch === 'function');
}

async function waitForActual(promiseFn) {
  let promise;
  if (typeof promiseFn === 'function') {
    promise = promiseFn();
    if (!isPromiseLike(promise)) {
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', promise);
    }
  } else if (isPromiseLike(promiseFn)) {
    promise = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await promise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

// Placeholder objects holding only the compared keys, so the diff shows just them.
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (!(key in obj)) continue;
      const matchedByRegExp = actual !== undefined && typeof actual[key] === 'string' &&
        isRegExp(obj[key]) && obj[key].exec(actual[key]) !== null;
      this[key] = matchedByRegExp ? actual[key] : obj[key];
    }
  }
}

function compareKey(actual, expected, key, message, keys, fn) {
  if (key in actual && isDeepStrictEqual(actual[key], expected[key])) return;
  if (!message) {
    const err = new AssertionError({
      actual: new Comparison(actual, keys),
      expected: new Comparison(expected, keys, actual),
      operator: 'deepStrictEqual',
      stackStartFn: fn,
    });
    err.actual = actual;
    err.expected = expected;
    err.operator = fn.name;
    throw err;
  }
  fail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
}

function validateWithObject(actual, expected, message, fn) {
  if (typeof actual !== 'object' || actual === null) {
    const err = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn });
    err.operator = fn.name;
    throw err;
  }
  const keys = Object.keys(expected);
  if (expected instanceof Error) keys.push('name', 'message');
  else if (keys.length === 0) throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
  for (const key of keys) {
    if (typeof actual[key] === 'string' && isRegExp(expected[key]) && expected[key].exec(actual[key]) !== null) {
      continue;
    }
    compareKey(actual, expected, key, message, keys, fn);
  }
}

function wrongClassMessage(actual, expected) {
  let message = `The error is expected to be an instance of "${expected.name}". Received `;
  if (isError(actual)) {
    const name = (actual.constructor && actual.constructor.name) || actual.name;
    message += expected.name === name ? 'an error with identical name but a different prototype.' : `"${name}"`;
    if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
  } else {
    message += `"${inspect(actual, { depth: -1 })}"`;
  }
  return message;
}

// Returns undefined when `actual` passes, or the generated message when it fails.
function checkException(actual, expected, message, fn) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const str = String(actual);
      if (expected.exec(str) !== null) return undefined;
      return `The input did not match the regular expression ${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
    }
    validateWithObject(actual, expected, message, fn);
    return undefined;
  }
  if (expected.prototype !== undefined && actual instanceof expected) return undefined;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return wrongClassMessage(actual, expected);
  const res = Reflect.apply(expected, {}, [actual]);
  if (res === true) return undefined;
  const name = expected.name ? `"${expected.name}" ` : '';
  let text = `The ${name}validation function is expected to return "true". Received ${inspect(res)}`;
  if (isError(actual)) text += `\n\nCaught error:\n\n${actual}`;
  return text;
}

function expectedException(actual, expected, message, fn) {
  const generated = checkException(actual, expected, message, fn);
  if (generated === undefined) return;
  const err = new AssertionError({ actual, expected, message: message || generated, operator: fn.name, stackStartFn: fn });
  err.generatedMessage = !message;
  throw err;
}

function expectsError(fn, actual, ...args) {
  let [error, message] = args;
  if (typeof error === 'string') {
    if (args.length === 2) {
      throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT('error/message', `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT('error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }
  if (actual === NO_EXCEPTION) {
    let details = '';
    if (error && error.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const kind = fn.name === 'rejects' ? 'rejection' : 'exception';
    fail({ actual: undefined, expected: error, operator: fn.name, message: `Missing expected ${kind}${details}`, stackStartFn: fn });
  }
  if (error) expectedException(actual, error, message, fn);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return expected.exec(String(actual)) !== null;
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectsNoError(fn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const kind = fn.name === 'doesNotReject' ? 'rejection' : 'exception';
    fail({
      actual,
      expected: error,
      operator: fn.name,
      message: `Got unwanted ${kind}${details}\nActual message: "${actual && actual.message}"`,
      stackStartFn: fn,
    });
  }
  throw actual;
}

function throws(fn, ...args) {
  expectsError(throws, getActual(fn), ...args);
}

async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), ...args);
}

function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
}

async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), ...args);
}

module.exports = { throws, rejects, doesNotThrow, doesNotReject };
