'use strict';
// node:timers/promises

const { Timeout, Immediate, clearTimeout, clearImmediate } = require('internal/timers');
const { AbortError, codes } = require('internal/errors');

function validateOptions(options) {
  if (options === null || typeof options !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const { signal, ref = true } = options;
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  if (typeof ref !== 'boolean') throw new codes.ERR_INVALID_ARG_TYPE('options.ref', 'boolean', ref);
  return { signal, ref };
}

function setTimeout(after, value, options = {}) {
  try {
    const { signal, ref } = validateOptions(options);
    if (signal?.aborted) return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
    return new Promise((resolve, reject) => {
      const timeout = new Timeout(resolve, after, [value], false, ref);
      if (signal) {
        const onAbort = () => {
          clearTimeout(timeout);
          reject(new AbortError(undefined, { cause: signal.reason }));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        timeout._onTimeout = (v) => {
          signal.removeEventListener('abort', onAbort);
          resolve(v);
        };
      }
    });
  } catch (err) {
    return Promise.reject(err);
  }
}

function setImmediate(value, options = {}) {
  try {
    const { signal, ref } = validateOptions(options);
    if (signal?.aborted) return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
    return new Promise((resolve, reject) => {
      const immediate = new Immediate(resolve, [value]);
      if (!ref) immediate.unref();
      if (signal) {
        const onAbort = () => {
          clearImmediate(immediate);
          reject(new AbortError(undefined, { cause: signal.reason }));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        immediate._onImmediate = (v) => {
          signal.removeEventListener('abort', onAbort);
          resolve(v);
        };
      }
    });
  } catch (err) {
    return Promise.reject(err);
  }
}

async function* setInterval(after, value, options = {}) {
  const { signal, ref } = validateOptions(options);
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
  let notYielded = 0;
  let callback;
  const interval = new Timeout(() => {
    notYielded++;
    if (callback) {
      callback();
      callback = undefined;
    }
  }, after, undefined, true, ref);
  let onAbort;
  if (signal) {
    onAbort = () => {
      clearTimeout(interval);
      if (callback) {
        callback();
        callback = undefined;
      }
    };
    signal.addEventListener('abort', onAbort, { once: true });
  }
  try {
    while (!signal?.aborted) {
      if (notYielded === 0) await new Promise((resolve) => { callback = resolve; });
      for (; notYielded > 0; notYielded--) yield value;
    }
    throw new AbortError(undefined, { cause: signal?.reason });
  } finally {
    clearTimeout(interval);
    signal?.removeEventListener('abort', onAbort);
  }
}

const scheduler = {
  wait: (delay, options) => setTimeout(delay, undefined, options),
  yield: () => setImmediate(),
};

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
