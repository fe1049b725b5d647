'use strict';
// The async context behind node:async_hooks. A frame is a Map from AsyncLocalStorage
// to its store, never changed once current (a change makes a new Map): promise
// reactions, ticks, native handles and requests capture the frame current when they
// are made, and run with it current again (src/runtime/AsyncContext.h). Timers and
// immediates capture theirs here, but only once something has used a frame: until
// then every frame is undefined and they skip the work.

const { get, set } = internalBinding('async_context');

const state = { used: false };

function markUsed() {
  state.used = true;
}

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

module.exports = { state, markUsed, getFrame: get, setFrame: set, runInFrame };
