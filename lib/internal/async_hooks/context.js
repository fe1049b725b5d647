'use strict';
// The async context behind node:async_hooks. A frame is a Map from AsyncLocalStorage
// to its store, never changed once current (a change makes a new Map): promise
// reactions, ticks, native handles and requests capture the frame current when they
// are made, and run with it current again (src/runtime/AsyncContext.h). Timers and
// immediates capture theirs in JS, but only from the first markUsed() on: until then
// every frame is undefined and they skip the work.

const { get, set } = internalBinding('async_context');

// Calls fn.apply(thisArg, args) with `frame` current, then restores the one before.
function runInFrame(frame, fn, thisArg, args) {
  const saved = get();
  set(frame);
  try {
    return args === undefined ? fn.call(thisArg) : fn.apply(thisArg, args);
  } finally {
    set(saved);
  }
}

const context = { getFrame: get, setFrame: set, runInFrame, markUsed };

let used = false;
function markUsed() {
  if (used) return;
  used = true;
  require('internal/timers').useAsyncContext(context);
}

module.exports = context;
