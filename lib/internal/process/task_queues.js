'use strict';
// process.nextTick and the drain that runs after every callback into JS:
// the whole nextTick queue, then the promise jobs, repeated until both are empty;
// then unhandled rejections are processed (Node 20 default: throw).

const binding = internalBinding('task_queue');
const { tickInfo, setCallbacks, takeRejections } = binding;
const kHasRejectionToWarn = 1;
const kDrains = 2;

// The queue and its drain are native (src/runtime/TickQueue.h): queueing is one
// call with no arguments array, and the runtime runs the callbacks itself at the
// end of every callback scope (Runtime::processTicksAndRejections).
const { nextTick, runNextTicks } = binding;

function invalidTickCallback(callback) {
  throw new (require('internal/errors').codes.ERR_INVALID_ARG_TYPE)('callback', 'Function', callback);
}

// Counts completed drains: work recorded during one drain can tell, later, whether
// the ticks it would have scheduled have all run by now.
function drainCount() {
  return tickInfo[kDrains];
}

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

// Returns true if handling rejections may have queued more work.
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
  setCallbacks(processPromiseRejections, fatalException, (promise) => {
    asyncHandled.push(promise);
    tickInfo[kHasRejectionToWarn] = 1;
  }, invalidTickCallback, process);
}

module.exports = {
  nextTick, queueMicrotask, setupTaskQueue, runNextTicks, takeExceptionOrigin,
  drainCount,
  tickInfo, kDrains,  // for a hot path that reads drainCount() inline
};
