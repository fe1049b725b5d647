'use strict';
// EventTarget, Event and CustomEvent as Node has them: listeners in registration
// order, options once/signal/capture/passive, handleEvent objects, and a throwing
// listener reported as an uncaught exception (on the next tick) without stopping
// the others.

const { codes } = require('internal/errors');

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

function normalizeOptions(options) {
  if (typeof options === 'boolean') return { capture: options, once: false, passive: false, signal: undefined };
  if (options == null) return { capture: false, once: false, passive: false, signal: undefined };
  return { capture: !!options.capture, once: !!options.once, passive: !!options.passive, signal: options.signal };
}

function validateListener(listener) {
  if (typeof listener === 'function' || (listener !== null && typeof listener === 'object' &&
      typeof listener.handleEvent === 'function')) return true;
  if (listener == null) return false;
  throw new codes.ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

class EventTarget {
  constructor() {
    hidden(this, kListeners, new Map());
  }

  addEventListener(type, listener, options = undefined) {
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('type', 'listener');
    if (!validateListener(listener)) {
      process.emitWarning(`addEventListener called with ${listener} which has no effect.`, 'AddEventListenerArgumentTypeWarning');
      return;
    }
    const { capture, once, passive, signal } = normalizeOptions(options);
    if (signal?.aborted) return;
    type = `${type}`;
    let list = this[kListeners].get(type);
    if (list === undefined) this[kListeners].set(type, list = []);
    if (list.some((l) => l.listener === listener && l.capture === capture)) return;
    const record = { listener, capture, once, passive, removed: false };
    list.push(record);
    if (signal) {
      signal.addEventListener('abort', () => this.removeEventListener(type, listener, options), { once: true });
    }
  }

  removeEventListener(type, listener, options = undefined) {
    if (arguments.length < 2) throw new codes.ERR_MISSING_ARGS('type', 'listener');
    const list = this[kListeners].get(`${type}`);
    if (list === undefined) return;
    const capture = typeof options === 'boolean' ? options : !!options?.capture;
    const i = list.findIndex((l) => l.listener === listener && l.capture === capture);
    if (i === -1) return;
    list[i].removed = true;
    list.splice(i, 1);
  }

  [kInspect](depth, options, inspect) {
    const name = this.constructor.name;
    if (typeof depth === 'number' && depth < 0) return name;
    return `${name} ${inspect({}, options)}`;
  }

  dispatchEvent(event) {
    if (!(event instanceof Event)) throw new codes.ERR_INVALID_ARG_TYPE('event', 'Event', event);
    const d = event[kData];
    if (d.dispatching) throw new codes.ERR_EVENT_RECURSION(d.type);
    d.dispatching = true;
    d.target = this;
    d.currentTarget = this;
    const list = this[kListeners].get(d.type);
    if (list !== undefined) {
      for (const record of list.slice()) {
        if (record.removed) continue;
        if (record.once) this.removeEventListener(d.type, record.listener, record);
        callListener(this, record, event);
        if (event[kStop]) break;
      }
    }
    d.currentTarget = null;
    d.dispatching = false;
    return !event.defaultPrevented;
  }
}
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, { value: 'EventTarget', configurable: true });

function callListener(target, record, event) {
  const { listener } = record;
  try {
    let result;
    if (typeof listener === 'function') result = listener.call(target, event);
    else result = listener.handleEvent(event);
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

module.exports = { Event, CustomEvent, EventTarget, defineEventHandler, kIsTrusted, kListeners };
