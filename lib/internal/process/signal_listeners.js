'use strict';
// process.on('SIGxxx'): as Node, the first listener for a signal starts a watcher
// (unref'd: it does not keep the process alive) that emits (name, number) on process;
// removing the last listener closes it, which restores the signal's default action.

const signals = require('internal/process/signals');

const watchers = new Map();  // signal name -> Signal handle
let Signal;

function isSignal(type) {
  return typeof type === 'string' && Object.hasOwn(signals, type);
}

function startListeningIfSignal(type) {
  if (!isSignal(type) || watchers.has(type)) return;
  Signal ??= internalBinding('signal_wrap').Signal;
  const wrap = new Signal();
  wrap.unref();
  wrap.onsignal = process.emit.bind(process, type, type);
  const err = wrap.start(signals[type]);
  if (err) {
    wrap.close();
    throw new (require('internal/errors').ErrnoException)(err, 'uv_signal_start');
  }
  watchers.set(type, wrap);
}

function stopListeningIfSignal(type) {
  const wrap = watchers.get(type);
  if (wrap !== undefined && process.listenerCount(type) === 0) {
    wrap.close();
    watchers.delete(type);
  }
}

module.exports = { startListeningIfSignal, stopListeningIfSignal };
