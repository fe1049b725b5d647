'use strict';
// assert.AssertionError: code 'ERR_ASSERTION', actual/expected/operator, and when no
// message is given, Node 20's generated message for the operator.

const { createErrDiff, inspectValue, kReadableOperator } = require('internal/assert/error_diff');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

// A copy that inspects like the error but has no stack, so that messages do not
// contain stack traces.
function copyError(source) {
  const target = Object.create(Object.getPrototypeOf(source));
  for (const key of Reflect.ownKeys(source)) {
    const desc = Object.getOwnPropertyDescriptor(source, key);
    if (key !== 'stack') Object.defineProperty(target, key, desc);
  }
  Object.defineProperty(target, 'message', { value: source.message, enumerable: false, writable: true, configurable: true });
  return target;
}

function truncate(text, max) {
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}

function notEqualMessage(actual, operator) {
  let base = kReadableOperator[operator];
  const lines = inspectValue(actual).split('\n');
  if (operator === 'notStrictEqual' &&
      ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
    base = kReadableOperator.notStrictEqualObject;
  }
  if (lines.length > 50) {
    lines[46] = '...';
    lines.length = 47;
  }
  if (lines.length === 1) return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  return `${base}\n\n${lines.join('\n')}\n`;
}

function otherMessage(actual, expected, operator) {
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const known = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    return truncate(`${known}\n\n${res}`, 1024);
  }
  res = truncate(res, 512);
  other = truncate(other, 512);
  if (operator === 'deepEqual') {
    res = `${known}\n\n${res}\n\nshould loosely deep-equal\n\n`;
  } else {
    const unequal = kReadableOperator[`${operator}Unequal`];
    if (unequal) res = `${unequal}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
    else other = ` ${operator} ${other}`;
  }
  return `${res}${other}`;
}

function generatedMessage(actual, expected, operator) {
  if (actual instanceof Error && expected instanceof Error) {
    actual = copyError(actual);
    expected = copyError(expected);
  }
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    return createErrDiff(actual, expected, operator);
  }
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    return notEqualMessage(actual, operator);
  }
  return otherMessage(actual, expected, operator);
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const { message, operator, stackStartFn, details } = options;
    const { actual, expected } = options;
    let text;
    if (message != null) {
      // Node 20.20 keeps the diff of a failed strict comparison under a custom message.
      text = operator === 'strictEqual' || operator === 'deepStrictEqual'
        ? createErrDiff(actual, expected, operator, String(message))
        : String(message);
    } else {
      text = generatedMessage(actual, expected, operator);
    }
    super(text);
    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(this, stackStartFn || new.target);
    }
    // The stack's first line shows the code, as in Node; the name itself does not.
    void this.stack;
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

module.exports = { AssertionError };
