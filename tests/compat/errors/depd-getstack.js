'use strict';
// The caller lookup of the depd package (used by express, body-parser, http-errors),
// inlined: getStack() swaps in a prepareStackTrace that returns the CallSites, and
// the deprecation message names the caller's file:line:col.
const path = require('path');

function prepareObjectStackTrace(obj, stack) {
  return stack;
}

function getStack() {
  const limit = Error.stackTraceLimit;
  const obj = {};
  const prep = Error.prepareStackTrace;
  Error.prepareStackTrace = prepareObjectStackTrace;
  Error.stackTraceLimit = Math.max(10, limit);
  Error.captureStackTrace(obj);
  const stack = obj.stack.slice(1);
  Error.prepareStackTrace = prep;
  Error.stackTraceLimit = limit;
  return stack;
}

function callSiteLocation(callSite) {
  let file = callSite.getFileName() || '<anonymous>';
  const line = callSite.getLineNumber();
  const colm = callSite.getColumnNumber();
  if (callSite.isEval()) file = callSite.getEvalOrigin() + ', ' + file;
  const site = [file, line, colm];
  site.callSite = callSite;
  site.name = callSite.getFunctionName();
  return site;
}

const seen = new Set();
function deprecate(message) {
  const stack = getStack();
  // stack[0] is deprecate itself, stack[1] the deprecated function
  const site = callSiteLocation(stack[2]);
  const key = site.join(':');
  if (seen.has(key)) return;
  seen.add(key);
  console.log(`my-lib deprecated ${message} at ${path.basename(site[0])}:${site[1]}:${site[2]}`,
    site.name);
}

function oldApi(x) {
  deprecate('oldApi()');
  return x * 2;
}

function first() { return oldApi(1); }
function second() {
  return   oldApi(2);
}
console.log(first(), second(), first());
const values = [3, 4].map((v) => oldApi(v));
console.log(values.join(','));
console.log(typeof Error.prepareStackTrace, Error.stackTraceLimit);
console.log(typeof new Error('after').stack);
