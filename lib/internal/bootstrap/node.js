'use strict';
// Sets up `process` and the globals, then exports the entry points the native
// runtime calls: runMain, emitBeforeExit, emitExit, getExitCode.

// QuickJS 2025-04-26 lacks these well-known symbols; Node 20 has them.
if (typeof Symbol.dispose !== 'symbol') {
  Object.defineProperty(Symbol, 'dispose', { value: Symbol('Symbol.dispose') });
}
if (typeof Symbol.asyncDispose !== 'symbol') {
  Object.defineProperty(Symbol, 'asyncDispose', { value: Symbol('Symbol.asyncDispose') });
}
require('internal/bootstrap/error_stack');

const EventEmitter = require('events');
const { setupProcessObject } = require('internal/process/object');
setupProcessObject(process, EventEmitter);

const { nextTick, queueMicrotask, setupTaskQueue } = require('internal/process/task_queues');
process.nextTick = nextTick;
const { fatalException } = require('internal/process/execution');
setupTaskQueue(fatalException);

require('internal/bootstrap/globals');

const { runMain, hasUnsettledTopLevelAwait } = require('internal/main/run_main');

function emitBeforeExit() {
  if (process._exiting) return;
  process.emit('beforeExit', process.exitCode ?? 0);
}

function emitExit() {
  if (process._exiting) return;
  process._exiting = true;
  process.emit('exit', process.exitCode ?? 0);
}

function getExitCode() {
  // The loop ran dry while the main module still awaited: Node reports 'exit' with
  // the ordinary code, then exits with 13.
  if (hasUnsettledTopLevelAwait() && process.exitCode === undefined) {
    internalBinding('process').writeString(2, 'Warning: Detected unsettled top-level await\n');
    return 13;
  }
  const code = process.exitCode;
  return code === undefined ? 0 : code | 0;
}

module.exports = { runMain, emitBeforeExit, emitExit, getExitCode, queueMicrotask };
