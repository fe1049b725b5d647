'use strict';
// node:test — test/it, describe/suite, before/after/beforeEach/afterEach, with the
// skip/todo/only variants. Tests run after the main module, one at a time; the
// output is TAP-like ("ok N - name" / "not ok N - name") and ends with the line
// "N passed, N failed" (", N skipped"); a failure sets the exit code to 1.

const { getHarness } = require('internal/test_runner/harness');

function withOptions(kind, extra) {
  return function (name, options, fn) {
    if (typeof name === 'function' || typeof options === 'function' || options === undefined) {
      if (typeof name === 'function') return getHarness().create(kind, [undefined, { ...extra }, name]);
      return getHarness().create(kind, [name, { ...extra }, options]);
    }
    return getHarness().create(kind, [name, { ...options, ...extra }, fn]);
  };
}

function makeApi(kind) {
  const fn = function (name, options, body) {
    return getHarness().create(kind, [name, options, body]);
  };
  fn.skip = withOptions(kind, { skip: true });
  fn.todo = withOptions(kind, { todo: true });
  // --test-only is not supported, so `only` runs like a plain test, as Node does
  // without that flag.
  fn.only = withOptions(kind, { only: true });
  return fn;
}

const test = makeApi('test');
const describe = makeApi('suite');

function hook(kind) {
  return function (fn, options) {
    getHarness().addHook(kind, fn, options);
  };
}

module.exports = test;
test.test = test;
test.it = test;
test.describe = describe;
test.suite = describe;
test.before = hook('before');
test.after = hook('after');
test.beforeEach = hook('beforeEach');
test.afterEach = hook('afterEach');
