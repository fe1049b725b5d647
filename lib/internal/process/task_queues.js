'use strict';
// process.nextTick and the drain that runs after every callback into JS:
// the whole nextTick queue, then the promise jobs, repeated until both are empty;
// then unhandled rejections are processed (Node 20 default: throw).

const binding = internalBinding('task_queue');
const { tickInfo, runMicrotasks, setCallbacks, takeRejections } = binding;
const kHasTickScheduled = 0;
const kHasRejectionToWarn = 1;

// A simple growable ring of [callback, args] pairs; shift() is O(1).
let queue = [];
let head = 0;

function nextTick(callback, ...args) {
  if (typeof callback !== 'function') {
    throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('callback', 'Function', callback);
  }
  if (process._exiting) return;
  tickInfo[kHasTickScheduled] = 1;
  queue.push(callback, args);
}

function runTicks() {
  while (head < queue.length) {
    const callback = queue[head];
    const args = queue[head + 1];
    queue[head] = queue[head + 1] = undefined;
    head += 2;
    if (head > 1024 && head * 2 > queue.length) {
      queue = queue.slice(head);
      head = 0;
    }
    switch (args.length) {
      case 0: callback(); break;
      case 1: callback(args[0]); break;
      case 2: callback(args[0], args[1]); break;
      default: callback(...args);
    }
  }
  queue = [];
  head = 0;
}

// Counts completed drains: work recorded during one drain can tell, later, whether
// the ticks it would have scheduled have all run by now.
let drains = 0;
function drainCount() {
  return drains;
}

function processTicksAndRejections() {
  do {
    runTicks();
    tickInfo[kHasTickScheduled] = 0;
    runMicrotasks();
    if (head < queue.length) tickInfo[kHasTickScheduled] = 1;
  } while (head < queue.length || processPromiseRejections());
  tickInfo[kHasTickScheduled] = 0;
  drains++;
}

// Returns true if handling rejections may have queued more work.
// The origin the next uncaught exception reports ('uncaughtException' by default).
let exceptionOrigin;
function takeExceptionOrigin() {
  const origin = exceptionOrigin ?? 'uncaughtException';
  exceptionOrigin = undefined;
  return origin;
}

// Promises handled after their rejection was reported: 'rejectionHandled' is emitted
// here, after the microtasks (the handler's own reaction runs first), as in Node.
const asyncHandled = [];

function processPromiseRejections() {
  // Set natively when a rejection is recorded and by the rejection-handled hook
  // below: most drains have neither, and skip a native call and an array.
  if (tickInfo[kHasRejectionToWarn] === 0) return false;
  let emitted = false;
  while (asyncHandled.length > 0) {
    process.emit('rejectionHandled', asyncHandled.shift());
    emitted = true;
  }
  const list = takeRejections();
  if (list.length === 0) return emitted;
  for (let i = 0; i < list.length; i += 2) {
    const promise = list[i];
    const reason = list[i + 1];
    if (process.emit('unhandledRejection', reason, promise)) continue;
    // Node 20's default mode 'throw': the reason becomes an uncaught exception.
    let err = reason;
    if (!(reason instanceof Error)) {
      const { codes } = require('internal/errors');
      let text;
      try { text = require('internal/util/inspect').inspect(reason); } catch { text = String(reason); }
      err = new codes.ERR_UNHANDLED_REJECTION(text);
      err.name = 'UnhandledPromiseRejection';
    }
    exceptionOrigin = 'unhandledRejection';
    binding.reportException(err);
  }
  return true;
}

function queueMicrotask(callback) {
  if (typeof callback !== 'function') {
    throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('callback', 'Function', callback);
  }
  Promise.resolve().then(() => {
    try {
      callback();
    } catch (err) {
      binding.reportException(err);
    }
  });
}

function setupTaskQueue(fatalException) {
  setCallbacks(processTicksAndRejections, fatalException, (promise) => {
    asyncHandled.push(promise);
    tickInfo[kHasRejectionToWarn] = 1;
  });
}

module.exports = {
  nextTick, queueMicrotask, setupTaskQueue, runNextTicks: processTicksAndRejections, takeExceptionOrigin,
  drainCount,
};
