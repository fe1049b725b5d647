'use strict';
// Error.captureStackTrace(obj, fn) and Error.stackTraceLimit with a prepareStackTrace
// that returns the CallSites.
const path = require('path');

function withSites(fn) {
  const prep = Error.prepareStackTrace;
  Error.prepareStackTrace = (err, stack) => stack;
  try {
    return fn();
  } finally {
    Error.prepareStackTrace = prep;
  }
}
const names = (stack) => stack.map((cs) => cs.getFunctionName());
const where = (cs) => `${path.basename(cs.getFileName())}:${cs.getLineNumber()}:${cs.getColumnNumber()}`;

function a() { return b(); }
function b() { return c(); }
function c() {
  const obj = {};
  Error.captureStackTrace(obj);
  return obj.stack;
}
const all = withSites(a);
console.log('captured', names(all).slice(0, 3).join(','), where(all[0]));

function d() { return e(); }
function e() { return f(); }
function f() {
  const obj = {};
  Error.captureStackTrace(obj, e);  // drops f and e
  return obj.stack;
}
const cut = withSites(d);
console.log('above fn dropped', names(cut).slice(0, 1).join(','), where(cut[0]));

function notOnStack() {}
console.log('fn not on stack', withSites(() => {
  const obj = {};
  Error.captureStackTrace(obj, notOnStack);
  return obj.stack.length;
}));

function deep(n) { return n === 0 ? withSites(() => new Error('deep').stack) : deep(n - 1); }
const limit = Error.stackTraceLimit;
console.log('default limit', limit, deep(20).length);
Error.stackTraceLimit = 3;
console.log('limit 3', deep(20).length);
Error.stackTraceLimit = 0;
console.log('limit 0', deep(20).length);
Error.stackTraceLimit = 25;
console.log('limit 25', deep(30).length, names(deep(30)).filter((n) => n === 'deep').length);
Error.stackTraceLimit = limit;

// Captured on a function object and on an error, with the error's own header.
const fnObj = function target() {};
const site = withSites(() => {
  Error.captureStackTrace(fnObj);
  return fnObj.stack;
});
console.log('on a function', Array.isArray(site), where(site[0]));
Error.prepareStackTrace = (err, stack) => `${err.name}: ${err.message} (${stack.length > 0})`;
const err = new TypeError('mine');
Error.captureStackTrace(err);
console.log('on an error', err.stack);
Error.prepareStackTrace = undefined;
