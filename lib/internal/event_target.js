'use strict';
// EventTarget, Event and CustomEvent as Node has them: listeners in registration
// order, options once/signal/capture/passive, listener objects (handleEvent looked up
// when the event comes), the max-listeners warning, and a throwing listener reported
// as an uncaught exception (on the next tick) without stopping the others.

const { codes } = require('internal/errors');
const { validateAbortSignal } = require('internal/net/validators');
const EventEmitter = require('events');

const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = EventEmitter;
// A listener added with this option set still runs after stopImmediatePropagation()
// (events.once and events.addAbortListener add theirs so).
const kResistStopPropagation = Symbol('kResistStopPropagation');

const kStop = Symbol('stop');
const kTarget = Symbol('target');
const kListeners = Symbol('kEvents');
const kIsTrusted = Symbol('trusted');
const kData = Symbol('data');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

// Internal state lives in non-enumerable symbol properties, so inspecting a target
// or an event (or a user subclass) shows what Node shows.
function hidden(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, configurable: true, enumerable: false });
}

function needEvent(self) {
  if (self === null || typeof self !== 'object' || !(kData in self)) throw new codes.ERR_INVALID_THIS('Event');
  return self[kData];
}

class Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('type');
    if (options != null && typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    hidden(this, kData, {
      type: `${type}`,
      bubbles: !!options?.bubbles,
      cancelable: !!options?.cancelable,
      composed: !!options?.composed,
      defaultPrevented: false,
      timeStamp: require('perf_hooks').performance.now(),
      target: null,
      currentTarget: null,
      propagationStopped: false,
      dispatching: false,
    });
    hidden(this, kStop, false);
  }

  [kInspect](depth, options, inspect) {
    const name = this.constructor.name;
    if (typeof depth === 'number' && depth < 0) return name;
    const d = this[kData];
    const obj = { type: d.type, defaultPrevented: this.defaultPrevented, cancelable: d.cancelable, timeStamp: d.timeStamp };
    return `${name} ${inspect(obj, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    const d = needEvent(this);
    if (d.dispatching) return;
    d.type = `${type}`;
    d.bubbles = !!bubbles;
    d.cancelable = !!cancelable;
  }

  get type() { return needEvent(this).type; }
  get target() { return needEvent(this).target; }
  get currentTarget() { return needEvent(this).currentTarget; }
  get srcElement() { return needEvent(this).target; }
  get bubbles() { return needEvent(this).bubbles; }
  get cancelable() { return needEvent(this).cancelable; }
  get composed() { return needEvent(this).composed; }
  get defaultPrevented() { const d = needEvent(this); return d.cancelable && d.defaultPrevented; }
  get returnValue() { return !this.defaultPrevented; }
  get timeStamp() { return needEvent(this).timeStamp; }
  get eventPhase() { return needEvent(this).dispatching ? 2 : 0; }
  get cancelBubble() { return needEvent(this).propagationStopped; }
  set cancelBubble(v) { if (v) needEvent(this).propagationStopped = true; }
  get isTrusted() { return this[kIsTrusted] === true; }
  composedPath() { const d = needEvent(this); return d.dispatching ? [d.currentTarget] : []; }
  preventDefault() { needEvent(this).defaultPrevented = true; }
  stopPropagation() { needEvent(this).propagationStopped = true; }
  stopImmediatePropagation() {
    needEvent(this).propagationStopped = true;
    this[kStop] = true;
  }
}
for (const [k, v] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, k, { value: v, enumerable: true });
}
Object.defineProperty(Event.prototype, Symbol.toStringTag, { value: 'Event', configurable: true });

class CustomEvent extends Event {
  #detail;
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }
  get detail() { return this.#detail; }
}
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, { value: 'CustomEvent', configurable: true });

// Node reads the options in this order; any object (a function, an array) will do.
function normalizeOptions(options) {
  if (options == null || typeof options === 'boolean') {
    return { once: false, capture: options === true, passive: false, signal: undefined, resist: false };
  }
  if (typeof options !== 'object' && typeof options !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  return {
    once: !!options.once,
    capture: !!options.capture,
    passive: !!options.passive,
    signal: options.signal,
    resist: !!options[kResistStopPropagation],
  };
}

// true: a listener; false: null or undefined (added with a warning, removed as a no-op).
function validateListener(listener) {
  if (typeof listener === 'function' || (listener !== null && typeof listener === 'object')) return true;
  if (listener == null) return false;
  throw new codes.ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

// WebIDL's DOMString, as Node converts an event type.
function toDOMString(value) {
  if (typeof value === 'symbol') throw new codes.ERR_INVALID_ARG_VALUE('value', value);
  return `${value}`;
}

function isEventTarget(obj) {
  return obj !== null && typeof obj === 'object' && kListeners in obj;
}

// events.getEventListeners(eventTarget, type).
function listenersOf(target, type) {
  const list = target[kListeners].get(type);
  return list === undefined ? [] : list.map((record) => record.listener);
}

class EventTarget {
  constructor() {
    hidden(this, kListeners, new Map());
    // Plain properties, as Node has them (and quicker to make).
    this[kMaxEventTargetListeners] = EventEmitter.defaultMaxListeners;
    this[kMaxEventTargetListenersWarned] = false;
  }

  addEventListener(type, listener, options = undefined) {
    const listeners = this?.[kListeners];
    if (listeners === undefined) throw new codes.ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('type', 'listener');
    const { once, capture, passive, signal, resist } = normalizeOptions(options);
    if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
    if (!validateListener(listener)) {
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      process.emitWarning(w);
      return;
    }
    if (typeof type !== 'string') type = toDOMString(type);
    if (signal) {
      if (signal.aborted) return;
      signal.addEventListener('abort', () => this.removeEventListener(type, listener, options),
                              { __proto__: null, once: true, [kResistStopPropagation]: true });
    }
    let list = listeners.get(type);
    if (list === undefined) listeners.set(type, list = []);
    else if (list.some((l) => l.listener === listener && l.capture === capture)) return;
    list.push({ listener, capture, once, passive, resist, removed: false });
    if (list.length > this[kMaxEventTargetListeners]) warnPastMaxListeners(this, type, list.length);
  }

  removeEventListener(type, listener, options = undefined) {
    const listeners = this?.[kListeners];
    if (listeners === undefined) throw new codes.ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('type', 'listener');
    if (typeof listener !== 'function' && !validateListener(listener)) return;
    if (typeof type !== 'string') type = toDOMString(type);
    // Node 20 takes only { capture: true } (not `true`) for a capture listener.
    removeListener(listeners, type, listener, options?.capture === true);
  }

  [kInspect](depth, options, inspect) {
    const name = this.constructor.name;
    if (typeof depth === 'number' && depth < 0) return name;
    return `${name} ${inspect({}, options)}`;
  }

  dispatchEvent(event) {
    const listeners = this?.[kListeners];
    if (listeners === undefined) throw new codes.ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) throw new codes.ERR_INVALID_ARG_TYPE('event', 'Event', event);
    const d = event[kData];
    if (d.dispatching) throw new codes.ERR_EVENT_RECURSION(d.type);
    d.dispatching = true;
    d.target = this;
    d.currentTarget = this;
    const list = listeners.get(d.type);
    if (list !== undefined) {
      for (const record of list.slice()) {
        if (record.removed) continue;
        // After stopImmediatePropagation() only the listeners that resist it run.
        if (event[kStop] && !record.resist) continue;
        if (record.once) removeListener(listeners, d.type, record.listener, record.capture);
        callListener(this, record, event);
      }
    }
    d.currentTarget = null;
    d.dispatching = false;
    return !event.defaultPrevented;
  }
}
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, { value: 'EventTarget', configurable: true });

function removeListener(listeners, type, listener, capture) {
  const list = listeners.get(type);
  if (list === undefined) return;
  const i = list.findIndex((l) => l.listener === listener && l.capture === capture);
  if (i === -1) return;
  list[i].removed = true;
  list.splice(i, 1);
}

// Once per target (until events.setMaxListeners() sets its limit again), as Node.
function warnPastMaxListeners(target, type, size) {
  const max = target[kMaxEventTargetListeners];
  if (!(max > 0) || target[kMaxEventTargetListenersWarned]) return;
  target[kMaxEventTargetListenersWarned] = true;
  const { inspect } = require('internal/util/inspect');
  const w = new Error('Possible EventTarget memory leak detected. ' +
    `${size} ${type} listeners added to ${inspect(target, { depth: -1 })}. MaxListeners is ${max}. ` +
    'Use events.setMaxListeners() to increase limit');
  w.name = 'MaxListenersExceededWarning';
  w.target = target;
  w.type = type;
  w.count = size;
  process.emitWarning(w);
}

// A listener object's handleEvent runs inside an async function (as Node wraps it),
// so what it throws is reported once the microtasks queued before have run.
async function callHandleEvent(listener, event) {
  if (listener.handleEvent) await Reflect.apply(listener.handleEvent, listener, [event]);
}

function callListener(target, record, event) {
  const { listener } = record;
  try {
    let result;
    if (typeof listener === 'function') result = listener.call(target, event);
    else result = callHandleEvent(listener, event);
    if (result !== undefined && result !== null && typeof result.then === 'function') {
      result.then(undefined, (err) => process.nextTick(() => { throw err; }));
    }
  } catch (err) {
    process.nextTick(() => { throw err; });
  }
}

// An `on<type>` attribute handler (onabort), kept as a listener of its own.
function defineEventHandler(proto, type) {
  const key = Symbol(`on${type}`);
  Object.defineProperty(proto, `on${type}`, {
    get() { return this[key]?.handler ?? null; },
    set(value) {
      if (this[key]) {
        this.removeEventListener(type, this[key].wrapper);
        this[key] = undefined;
      }
      if (typeof value === 'function' || (value !== null && typeof value === 'object')) {
        const wrapper = function (event) {
          const h = wrapper.handler;
          return typeof h === 'function' ? h.call(this, event) : undefined;
        };
        wrapper.handler = value;
        this[key] = { handler: value, wrapper };
        this.addEventListener(type, wrapper);
      }
    },
    enumerable: true, configurable: true,
  });
}

module.exports = {
  Event, CustomEvent, EventTarget, defineEventHandler, isEventTarget, listenersOf, kIsTrusted, kListeners,
  kResistStopPropagation,
};
