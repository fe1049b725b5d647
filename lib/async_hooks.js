'use strict';
// node:async_hooks: AsyncLocalStorage and AsyncResource over the runtime's async
// context (internal/async_hooks/context: promise reactions, ticks, timers,
// immediates, sockets, servers and requests run in the frame current when they
// were made). createHook() and the async resources' init/before/after/destroy
// events are not provided (docs/differences.md).

const { codes: { ERR_ASYNC_TYPE, ERR_INVALID_ASYNC_ID } } = require('internal/errors');
const { validateFunction, validateString } = require('internal/net/validators');
const { markUsed, getFrame, setFrame, runInFrame } = require('internal/async_hooks/context');

// Async ids: 1 is the main script's, as in Node; each AsyncResource takes the next.
let lastAsyncId = 1;
let executionId = 1;
let triggerId = 0;
let executionResource = {};

const kFrame = Symbol('kFrame');
const kAsyncId = Symbol('asyncId');
const kTriggerAsyncId = Symbol('triggerAsyncId');

function executionAsyncId() { return executionId; }
function triggerAsyncId() { return triggerId; }
function executionAsyncResource() { return executionResource; }

let warnedAsyncResource = false;
function warnAsyncResource() {
  if (warnedAsyncResource) return;
  warnedAsyncResource = true;
  process.emitWarning('The asyncResource property on bound functions is deprecated', 'DeprecationWarning', 'DEP0172');
}

class AsyncResource {
  constructor(type, opts = {}) {
    validateString(type, 'type');
    let trigger = opts;
    if (typeof opts !== 'number') {
      trigger = opts.triggerAsyncId === undefined ? executionId : opts.triggerAsyncId;
    }
    if (!Number.isSafeInteger(trigger) || trigger < -1) {
      throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', trigger);
    }
    if (type.length === 0) throw new ERR_ASYNC_TYPE(type);
    markUsed();
    this[kFrame] = getFrame();
    this[kAsyncId] = ++lastAsyncId;
    this[kTriggerAsyncId] = trigger;
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const saved = [executionId, triggerId, executionResource];
    executionId = this[kAsyncId];
    triggerId = this[kTriggerAsyncId];
    executionResource = this;
    try {
      return runInFrame(this[kFrame], fn, thisArg, args);
    } finally {
      [executionId, triggerId, executionResource] = saved;
    }
  }

  emitDestroy() { return this; }
  asyncId() { return this[kAsyncId]; }
  triggerAsyncId() { return this[kTriggerAsyncId]; }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    let bound;
    if (thisArg === undefined) {
      const resource = this;
      bound = function(...args) {
        args.unshift(fn, this);
        return Reflect.apply(resource.runInAsyncScope, resource, args);
      };
    } else {
      bound = this.runInAsyncScope.bind(this, fn, thisArg);
    }
    let self = this;
    Object.defineProperties(bound, {
      length: { configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: {
        configurable: true,
        enumerable: true,
        get() {
          warnAsyncResource();
          return self;
        },
        set(val) {
          warnAsyncResource();
          self = val;
        },
      },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return (new AsyncResource(type)).bind(fn, thisArg);
  }
}

// A frame with `als` set to `store` (or left out, for exit()).
function frameWith(als, store, remove) {
  const frame = new Map(getFrame());
  if (remove) frame.delete(als);
  else frame.set(als, store);
  return frame;
}

class AsyncLocalStorage {
  constructor() {
    this.kResourceStore = Symbol('kResourceStore');  // Node's own keys, in its order
    this.enabled = false;
  }

  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    const resource = new AsyncResource('AsyncLocalStorageSnapshot');
    return function runInAsyncScope(fn, ...args) {
      return resource.runInAsyncScope(fn, undefined, ...args);
    };
  }

  disable() {
    if (this.enabled) {
      this.enabled = false;
      const frame = getFrame();
      if (frame !== undefined && frame.has(this)) setFrame(frameWith(this, undefined, true));
    }
  }

  _enable() {
    if (!this.enabled) {
      this.enabled = true;
      markUsed();
    }
  }

  enterWith(store) {
    this._enable();
    setFrame(frameWith(this, store, false));
  }

  run(store, callback, ...args) {
    this._enable();
    return runInFrame(frameWith(this, store, false), callback, undefined, args);
  }

  exit(callback, ...args) {
    if (!this.enabled) return Reflect.apply(callback, null, args);
    return runInFrame(frameWith(this, undefined, true), callback, null, args);
  }

  getStore() {
    if (!this.enabled) return undefined;
    const frame = getFrame();
    return frame === undefined ? undefined : frame.get(this);
  }
}

module.exports = {
  AsyncLocalStorage,
  AsyncResource,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
};
