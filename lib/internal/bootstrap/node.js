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

const { runMain } = require('internal/main/run_main');

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
  const code = process.exitCode;
  return code === undefined ? 0 : code | 0;
}

module.exports = { runMain, emitBeforeExit, emitExit, getExitCode, queueMicrotask };
