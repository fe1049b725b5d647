'use strict';
// node:events — EventEmitter with Node's semantics: listener arrays copied on emit
// (removal during emit does not skip listeners), 'newListener'/'removeListener',
// the max-listeners warning, 'error' without a listener throwing, errorMonitor,
// captureRejections, and the events.once / events.on helpers.

const kCapture = Symbol('kCapture');
const { kEnhanceStackBeforeInspector } = require('internal/errors');
const { kShapeMode, sharedListenerCount } = require('internal/events/shape_mode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const {
  validateAbortSignal, validateFunction, validateInteger, validateNumber,
} = require('internal/net/validators');
// EventEmitter.defaultMaxListeners, kept in an object the native addListener reads.
const listenerLimits = { defaultMaxListeners: 10 };
// EventEmitter.captureRejections, the default for emitters made from now on. An
// emitter that captures has its own kCapture = true; the others inherit false from
// EventEmitter.prototype where Node gives each its own copy: a property less on
// every socket, request and response.
const captureDefault = { captureRejections: false };
let lazyErrors;
function errors() {
  if (lazyErrors === undefined) lazyErrors = require('internal/errors');
  return lazyErrors;
}

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

Object.defineProperties(EventEmitter, {
  captureRejections: {
    get() { return captureDefault.captureRejections; },
    set(value) {
      if (typeof value !== 'boolean') throw new (errors().codes.ERR_INVALID_ARG_TYPE)('EventEmitter.captureRejections', 'boolean', value);
      captureDefault.captureRejections = value;
    },
    enumerable: true,
  },
  defaultMaxListeners: {
    enumerable: true,
    get() { return listenerLimits.defaultMaxListeners; },
    set(arg) {
      validateNumber(arg, 'defaultMaxListeners', 0);
      listenerLimits.defaultMaxListeners = arg;
    },
  },
  kMaxEventTargetListeners: { value: kMaxEventTargetListeners, enumerable: false, configurable: false, writable: false },
  kMaxEventTargetListenersWarned: {
    value: kMaxEventTargetListenersWarned, enumerable: false, configurable: false, writable: false,
  },
  errorMonitor: { value: kErrorMonitor, writable: false, configurable: true, enumerable: true },
  captureRejectionSymbol: { value: kRejection, writable: false, configurable: true, enumerable: true },
});
EventEmitter.prototype[kCapture] = false;

// A class may give its instances one frozen `_events` to share until one of them
// changes its listeners (the streams do: internal/events/shape_mode). Every change
// goes through ownEvents() first, which gives the emitter its own copy; a shared
// object holds single listeners, no arrays.
function ownEvents(target, events) {
  if (Object.isExtensible(events)) return events;
  return (target._events = Object.assign(Object.create(Object.getPrototypeOf(events)), events));
}

// Back to the class's shared `_events` once the listeners left are the ones it
// starts with (a client socket after its once('connect') listener has run).
function restoreSharedEvents(target, events) {
  const shared = Object.getPrototypeOf(target)?._events;
  if (shared === undefined || shared === null || Object.isExtensible(shared)) return;
  const count = sharedListenerCount(shared);
  if (count !== undefined && count !== target._eventsCount) return;
  for (const key of Reflect.ownKeys(events)) if (events[key] !== shared[key]) return;
  for (const key of Reflect.ownKeys(shared)) if (events[key] !== shared[key]) return;
  target._events = shared;
}

// The definition; the native init below takes every call without captureRejections.
function initInJs(opts) {
  const events = this._events;
  if (events === undefined ||
      (events === Object.getPrototypeOf(this)._events && Object.isExtensible(events))) {
    this._events = Object.create(null);
    this._eventsCount = 0;
  }
  // Node writes undefined here; an emitter that inherits undefined needs no own copy.
  if (this._maxListeners !== undefined) this._maxListeners = this._maxListeners || undefined;
  if (opts?.captureRejections) {
    if (typeof opts.captureRejections !== 'boolean') {
      throw new (errors().codes.ERR_INVALID_ARG_TYPE)('options.captureRejections', 'boolean', opts.captureRejections);
    }
    this[kCapture] = Boolean(opts.captureRejections);
  } else if (captureDefault.captureRejections) {
    this[kCapture] = true;
  } else if (this[kCapture] !== false) {
    this[kCapture] = false;  // not an EventEmitter.prototype heir
  }
}
// The native init calls initInJs when the emitter captures rejections.
EventEmitter.init = internalBinding('events').makeInit(initInJs, captureDefault, kCapture);

function addCatch(that, promise, type, args) {
  if (!that[kCapture]) return;
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, (err) => process.nextTick(emitUnhandledRejectionOrErr, that, err, type, args));
    }
  } catch (err) {
    that.emit('error', err);
  }
}

function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection](err, type, ...args);
  } else {
    const prev = ee[kCapture];
    try {
      ee[kCapture] = false;
      ee.emit('error', err);
    } finally {
      ee[kCapture] = prev;
    }
  }
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

function _getMaxListeners(that) {
  if (that._maxListeners === undefined) return listenerLimits.defaultMaxListeners;
  return that._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return _getMaxListeners(this);
};

// The stack an uncaught 'error' event is reported with: the error's, then the
// emitter and where it was emitted (frames shared with the error's folded).
function enhanceStackTrace(err, own) {
  let ctorInfo = '';
  try {
    const { name } = this.constructor;
    if (name !== 'EventEmitter') ctorInfo = ` on ${name} instance`;
  } catch {
    // Continue regardless of error.
  }
  const sep = `\nEmitted 'error' event${ctorInfo} at:\n`;
  const stack = err.stack.replace(/\n+$/, '');
  const errStack = stack.split('\n').slice(1);
  const ownStack = own.stack.replace(/\n+$/, '').split('\n').slice(1);
  const { len, offset } = require('internal/util/inspect_error').identicalSequenceRange(ownStack, errStack);
  if (len > 0) ownStack.splice(offset + 1, len - 2, '    [... lines matching original stack trace ...]');
  return stack + sep + ownStack.join('\n');
}

// The whole of emit(); the native emit below calls it for the 'error' type.
function emitInJs(type, ...args) {
  let doError = (type === 'error');
  const events = this._events;
  if (events !== undefined) {
    if (doError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    doError = (doError && events.error === undefined);
  } else if (!doError) {
    return false;
  }
  if (doError) {
    let er;
    if (args.length > 0) er = args[0];
    if (er instanceof Error) {
      // Where it was emitted, for the report of an uncaught error (as Node adds).
      try {
        const capture = {};
        Error.captureStackTrace(capture, emitInJs);
        Object.defineProperty(er, kEnhanceStackBeforeInspector, {
          value: enhanceStackTrace.bind(this, er, capture),
          configurable: true,
        });
      } catch {
        // Continue regardless of error.
      }
      throw er; // Unhandled 'error' event
    }
    let stringifiedEr;
    try {
      stringifiedEr = require('internal/util/inspect').inspect(er);
    } catch {
      stringifiedEr = er;
    }
    const err = new (errors().codes.ERR_UNHANDLED_ERROR)(stringifiedEr);
    err.context = er;
    throw err;
  }

  const handler = events[type];
  if (handler === undefined) return false;

  if (typeof handler === 'function') {
    const result = handler.apply(this, args);
    if (result !== undefined && result !== null) addCatch(this, result, type, args);
  } else {
    const listeners = arrayClone(handler);
    const len = listeners.length;
    for (let i = 0; i < len; ++i) {
      const result = listeners[i].apply(this, args);
      if (result !== undefined && result !== null) addCatch(this, result, type, args);
    }
  }
  return true;
}

// emit() itself is native for the common case (internalBinding('events')): it
// calls the listeners without the interpreter's rest-array and apply() per event.
function afterListener(self, result, type, ...args) {
  addCatch(self, result, type, args);
}
EventEmitter.prototype.emit = internalBinding('events').makeEmit(emitInJs, afterListener);

function _addListener(target, type, listener, prepend) {
  let m;
  let events;
  let existing;
  if (typeof listener !== 'function') validateFunction(listener, 'listener');
  events = target._events;
  if (events === undefined) {
    events = target._events = Object.create(null);
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ?? listener);
      events = target._events;
    }
    events = ownEvents(target, events);
    existing = events[type];
  }

  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
  } else {
    if (typeof existing === 'function') {
      existing = events[type] = prepend ? [listener, existing] : [existing, listener];
    } else if (prepend) {
      existing.unshift(listener);
    } else {
      existing.push(listener);
    }
    m = _getMaxListeners(target);
    if (m > 0 && existing.length > m && !existing.warned) {
      existing.warned = true;
      const name = target.constructor ? target.constructor.name : 'EventEmitter';
      const w = new Error('Possible EventEmitter memory leak detected. ' +
        `${existing.length} ${String(type)} listeners ` +
        `added to ${name === 'EventEmitter' ? '[EventEmitter]' : `[${name}]`}. MaxListeners is ${m}. ` +
        'Use emitter.setMaxListeners() to increase limit');
      w.name = 'MaxListenersExceededWarning';
      w.emitter = target;
      w.type = type;
      w.count = existing.length;
      process.emitWarning(w);
    }
  }
  return target;
}

function addListener(type, listener) {
  return _addListener(this, type, listener, false);
}
EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return _addListener(this, type, listener, true);
};

// A once() listener is a bound onceWrapper whose `this` is its state. The state does
// not point back at the wrapper (in Node it does): that cycle, with the target and
// the listener in it, would outlive a wrapper removed unfired (net's pending-write
// 'close' listener, for one) until QuickJS's cycle collector ran. The wrapper finds
// itself among the target's listeners instead.
const kOnceState = Symbol('kOnceState');

function onceWrapper() {
  if (!this.fired) {
    const wrapFn = findOnceWrapper(this.target._events, this.type, this);
    if (wrapFn !== undefined) this.target.removeListener(this.type, wrapFn);
    this.fired = true;
    if (arguments.length === 0) return this.listener.call(this.target);
    return this.listener.apply(this.target, arguments);
  }
}

function findOnceWrapper(events, type, state) {
  const list = events != null ? events[type] : undefined;
  if (typeof list === 'function') return list[kOnceState] === state ? list : undefined;
  if (list == null) return undefined;
  for (let i = 0; i < list.length; i++) {
    if (list[i][kOnceState] === state) return list[i];
  }
  return undefined;
}

function _onceWrap(target, type, listener) {
  const state = { fired: false, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  wrapped[kOnceState] = state;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  if (typeof listener !== 'function') validateFunction(listener, 'listener');
  this.on(type, _onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  if (typeof listener !== 'function') validateFunction(listener, 'listener');
  this.prependListener(type, _onceWrap(this, type, listener));
  return this;
};

function removeListener(type, listener) {
  if (typeof listener !== 'function') validateFunction(listener, 'listener');
  let events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    events = ownEvents(this, events);
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
      if (this._eventsCount <= 1) restoreSharedEvents(this, events);
    } else if (this._eventsCount === 0) {
      this._events = Object.create(null);
    } else {
      delete events[type];
      if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    if (position === 0) list.shift();
    else list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
}

// addListener and removeListener are native for the common cases (see
// EventsBinding.cpp); the functions above do the rest and stay their definition.
{
  const [nativeAdd, nativeRemove] = internalBinding('events').makeListenerFunctions(addListener, removeListener, kShapeMode,
    listenerLimits);
  EventEmitter.prototype.addListener = nativeAdd;
  EventEmitter.prototype.on = nativeAdd;
  EventEmitter.prototype.removeListener = nativeRemove;
  EventEmitter.prototype.off = nativeRemove;
}

// removeAllListeners() removes every type; removeAllListeners(undefined) the type
// "undefined". The native byArgumentCount tells the two apart.
function removeAllTypes() {
  const events = this._events;
  if (events === undefined) return this;
  if (events.removeListener !== undefined) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
  }
  this._events = Object.create(null);
  this._eventsCount = 0;
  return this;
}

function removeAllOfType(type) {
  const events = this._events;
  if (events === undefined) return this;
  if (events.removeListener === undefined) {
    if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = Object.create(null);
      else delete ownEvents(this, events)[type];
    }
    return this;
  }
  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
}

EventEmitter.prototype.removeAllListeners =
  internalBinding('events').byArgumentCount(removeAllTypes, removeAllOfType, 'removeAllListeners', 1);

function _listeners(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const evlistener = events[type];
  if (evlistener === undefined) return [];
  if (typeof evlistener === 'function') return unwrap ? [evlistener.listener || evlistener] : [evlistener];
  return unwrap ? evlistener.map((l) => l.listener || l) : arrayClone(evlistener);
}

EventEmitter.prototype.listeners = function listeners(type) { return _listeners(this, type, true); };
EventEmitter.prototype.rawListeners = function rawListeners(type) { return _listeners(this, type, false); };

function listenerCount(type, listener) {
  const events = this._events;
  if (events !== undefined) {
    const evlistener = events[type];
    if (typeof evlistener === 'function') {
      if (listener != null) return listener === evlistener || listener === evlistener.listener ? 1 : 0;
      return 1;
    } else if (evlistener !== undefined) {
      if (listener != null) {
        let matching = 0;
        for (const l of evlistener) if (l === listener || l.listener === listener) matching++;
        return matching;
      }
      return evlistener.length;
    }
  }
  return 0;
}
// Native for listenerCount(type); this function is the definition and the rest.
EventEmitter.prototype.listenerCount = internalBinding('events').makeListenerCount(listenerCount);
EventEmitter.listenerCount = function (emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return EventEmitter.prototype.listenerCount.call(emitter, type);
};

EventEmitter.prototype.eventNames = function eventNames() {
  if (!(this._eventsCount > 0)) return [];
  const events = this._events;
  const names = Reflect.ownKeys(events);
  // In shape mode a type whose listeners are gone keeps its key.
  return this[kShapeMode] ? names.filter((name) => events[name] !== undefined) : names;
};

function arrayClone(arr) {
  switch (arr.length) {
    case 2: return [arr[0], arr[1]];
    case 3: return [arr[0], arr[1], arr[2]];
    case 4: return [arr[0], arr[1], arr[2], arr[3]];
    case 5: return [arr[0], arr[1], arr[2], arr[3], arr[4]];
    case 6: return [arr[0], arr[1], arr[2], arr[3], arr[4], arr[5]];
  }
  return Array.prototype.slice.call(arr);
}

let lazyEventTarget;
function eventTarget() {
  if (lazyEventTarget === undefined) lazyEventTarget = require('internal/event_target');
  return lazyEventTarget;
}

function eventTargetAgnosticAddListener(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags?.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('emitter', 'EventEmitter', emitter);
  }
}

function eventTargetAgnosticRemoveListener(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('emitter', 'EventEmitter', emitter);
  }
}

// once()'s and addAbortListener()'s listeners still run after an earlier listener
// called event.stopImmediatePropagation() (as in Node).
function resistingOnceFlags() {
  return { __proto__: null, once: true, [eventTarget().kResistStopPropagation]: true };
}

async function once(emitter, name, options = {}) {
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new (errors().AbortError)(undefined, { cause: signal?.reason });
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal != null) eventTargetAgnosticRemoveListener(signal, 'abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
      if (signal != null) eventTargetAgnosticRemoveListener(signal, 'abort', abortListener);
      resolve(args);
    };
    const flags = resistingOnceFlags();
    eventTargetAgnosticAddListener(emitter, name, resolver, flags);
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', errorListener);
    function abortListener() {
      eventTargetAgnosticRemoveListener(emitter, name, resolver);
      eventTargetAgnosticRemoveListener(emitter, 'error', errorListener);
      reject(new (errors().AbortError)(undefined, { cause: signal?.reason }));
    }
    if (signal != null) eventTargetAgnosticAddListener(signal, 'abort', abortListener, flags);
  });
}

const kWatermarkData = Symbol.for('nodejs.watermarkData');
const { kFirstEventParam } = require('internal/events/symbols');
const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

// The iterator of events.on(): events queue until next() takes them; past
// options.highWaterMark queued events the emitter is paused, and resumed once fewer
// than options.lowWaterMark are left. 'error' (of an EventEmitter), options.signal
// and the events named in options.close end the iteration. With
// options[kFirstEventParam] (readline's lines) the values are the events' first
// arguments instead of arrays of all of them.
function on(emitter, event, options = {}) {
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new (errors().AbortError)(undefined, { cause: signal?.reason });
  const highWatermark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWatermark, 'options.highWaterMark', 1);
  const lowWatermark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowWatermark, 'options.lowWaterMark', 1);

  // Queued events are read from a moving head: one emit can queue thousands (a
  // chunk of lines), and shift() would copy the rest each time.
  let unconsumedEvents = [];
  let head = 0;
  const unconsumedPromises = [];
  let paused = false;
  let error = null;
  let finished = false;

  const iterator = Object.setPrototypeOf({
    next() {
      if (head < unconsumedEvents.length) {
        const value = takeEvent();
        if (paused && unconsumedEvents.length - head < lowWatermark) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve({ value, done: false });
      }
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return closeHandler();
      return new Promise((resolve, reject) => unconsumedPromises.push({ resolve, reject }));
    },
    return() {
      return closeHandler();
    },
    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new (errors().codes.ERR_INVALID_ARG_TYPE)('EventEmitter.AsyncIterator', 'Error', err);
      }
      errorHandler(err);
    },
    [Symbol.asyncIterator]() { return this; },
    [kWatermarkData]: {
      get size() { return unconsumedEvents.length - head; },
      get low() { return lowWatermark; },
      get high() { return highWatermark; },
      get isPaused() { return paused; },
    },
  }, AsyncIteratorPrototype);

  const listeners = [];
  function addListener(name, listener) {
    eventTargetAgnosticAddListener(emitter, name, listener);
    listeners.push(name, listener);
  }
  addListener(event, options[kFirstEventParam] ? eventHandler : (...args) => eventHandler(args));
  if (event !== 'error' && typeof emitter.on === 'function') addListener('error', errorHandler);
  const closeEvents = options.close;
  if (closeEvents?.length) {
    for (let i = 0; i < closeEvents.length; i++) addListener(closeEvents[i], closeHandler);
  }
  const abortListenerDisposable = signal ? addAbortListener(signal, abortListener) : null;
  return iterator;

  function abortListener() {
    errorHandler(new (errors().AbortError)(undefined, { cause: signal?.reason }));
  }
  function eventHandler(value) {
    if (unconsumedPromises.length > 0) {
      unconsumedPromises.shift().resolve({ value, done: false });
      return;
    }
    if (!paused && unconsumedEvents.length - head + 1 > highWatermark) {
      paused = true;
      emitter.pause();
    }
    unconsumedEvents.push(value);
  }
  function takeEvent() {
    const value = unconsumedEvents[head];
    unconsumedEvents[head++] = undefined;
    if (head === unconsumedEvents.length) {
      unconsumedEvents = [];
      head = 0;
    } else if (head >= 1024 && head * 2 >= unconsumedEvents.length) {
      unconsumedEvents = unconsumedEvents.slice(head);
      head = 0;
    }
    return value;
  }
  function errorHandler(err) {
    if (unconsumedPromises.length > 0) unconsumedPromises.shift().reject(err);
    else error = err;
    closeHandler();
  }
  function closeHandler() {
    abortListenerDisposable?.[Symbol.dispose]();
    while (listeners.length > 0) {
      const listener = listeners.pop();
      eventTargetAgnosticRemoveListener(emitter, listeners.pop(), listener);
    }
    finished = true;
    const doneResult = { value: undefined, done: true };
    while (unconsumedPromises.length > 0) unconsumedPromises.shift().resolve(doneResult);
    return Promise.resolve(doneResult);
  }
}

function invalidEmitter(name, value) {
  return new (errors().codes.ERR_INVALID_ARG_TYPE)(name, ['EventEmitter', 'EventTarget'], value);
}

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget.listeners === 'function') return emitterOrTarget.listeners(type);
  if (eventTarget().isEventTarget(emitterOrTarget)) return eventTarget().listenersOf(emitterOrTarget, type);
  throw invalidEmitter('emitter', emitterOrTarget);
}

// With no targets, n becomes the default of emitters (and EventTargets) made later.
function setMaxListeners(n = listenerLimits.defaultMaxListeners, ...eventTargets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    listenerLimits.defaultMaxListeners = n;
    return;
  }
  for (let i = 0; i < eventTargets.length; i++) {
    const target = eventTargets[i];
    if (eventTarget().isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw invalidEmitter('eventTargets', target);
    }
  }
}

// Node answers with the EventTarget's limit only when it is not 0 (and throws for 0).
function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') return _getMaxListeners(emitterOrTarget);
  if (emitterOrTarget?.[kMaxEventTargetListeners]) return emitterOrTarget[kMaxEventTargetListeners];
  throw invalidEmitter('emitter', emitterOrTarget);
}

function addAbortListener(signal, listener) {
  if (signal === undefined) throw new (errors().codes.ERR_INVALID_ARG_TYPE)('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  let removeEventListener;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, resistingOnceFlags());
    removeEventListener = () => signal.removeEventListener('abort', listener);
  }
  return { __proto__: null, [Symbol.dispose]() { removeEventListener?.(); } };
}

module.exports = EventEmitter;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.setMaxListeners = setMaxListeners;
EventEmitter.addAbortListener = addAbortListener;
let EventEmitterAsyncResource;
Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  enumerable: true, configurable: true,
  get: function lazyEventEmitterAsyncResource() {
    if (EventEmitterAsyncResource === undefined) EventEmitterAsyncResource = require('internal/events/async_resource');
    return EventEmitterAsyncResource;
  },
});
