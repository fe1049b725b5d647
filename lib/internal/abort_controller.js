'use strict';
// AbortController and AbortSignal (abort, timeout, any) on internal/event_target.

const { EventTarget, Event, defineEventHandler, kIsTrusted } = require('internal/event_target');
const { DOMException } = require('internal/dom_exception');
const { codes } = require('internal/errors');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kCreate = Symbol('create');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

function needSignal(self) {
  if (self === null || typeof self !== 'object' || !(kAborted in self)) throw new codes.ERR_INVALID_THIS('AbortSignal');
  return self;
}

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  const event = new Event('abort');
  event[kIsTrusted] = true;
  signal.dispatchEvent(event);
}

const defaultReason = () => new DOMException('This operation was aborted', 'AbortError');

class AbortSignal extends EventTarget {
  constructor(key = undefined) {
    if (key !== kCreate) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    super();
    for (const [key, value] of [[kAborted, false], [kReason, undefined]]) {
      Object.defineProperty(this, key, { value, writable: true, configurable: true, enumerable: false });
    }
  }

  [kInspect](depth, options, inspect) {
    return customInspect(this, { aborted: this[kAborted] }, depth, options, inspect);
  }

  get aborted() { return needSignal(this)[kAborted]; }
  get reason() { return needSignal(this)[kReason]; }

  throwIfAborted() {
    if (needSignal(this)[kAborted]) throw this[kReason];
  }

  static abort(reason = defaultReason()) {
    const signal = new AbortSignal(kCreate);
    signal[kAborted] = true;
    signal[kReason] = reason;
    return signal;
  }

  static timeout(delay) {
    if (typeof delay !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('delay', 'number', delay);
    if (!Number.isInteger(delay)) throw new codes.ERR_OUT_OF_RANGE('delay', 'an integer', delay);
    if (delay < 0 || delay > 4294967295) throw new codes.ERR_OUT_OF_RANGE('delay', '>= 0 && <= 4294967295', delay);
    const signal = new AbortSignal(kCreate);
    // The timer never keeps the process alive (as in Node).
    const timer = setTimeout(() => {
      abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    timer.unref();
    return signal;
  }

  static any(signals) {
    if (signals === null || typeof signals !== 'object' || typeof signals[Symbol.iterator] !== 'function') {
      throw new codes.ERR_INVALID_ARG_TYPE('signals', 'AbortSignal[]', signals);
    }
    const list = [...signals];
    list.forEach((s, i) => {
      if (!(s instanceof AbortSignal)) throw new codes.ERR_INVALID_ARG_TYPE(`signals[${i}]`, 'AbortSignal', s);
    });
    const result = new AbortSignal(kCreate);
    const done = list.find((s) => s.aborted);
    if (done) {
      result[kAborted] = true;
      result[kReason] = done.reason;
      return result;
    }
    for (const s of list) {
      s.addEventListener('abort', () => abortSignal(result, s.reason), { once: true });
    }
    return result;
  }
}
defineEventHandler(AbortSignal.prototype, 'abort');
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: 'AbortSignal', configurable: true });

class AbortController {
  #signal = new AbortSignal(kCreate);
  get signal() { return this.#signal; }
  abort(reason = defaultReason()) { abortSignal(this.#signal, reason); }

  [kInspect](depth, options, inspect) {
    return customInspect(this, { signal: this.#signal }, depth, options, inspect);
  }
}

// As Node's: past the depth limit the object itself (inspect shows it as
// [AbortSignal] or AbortController {}), else its name and `obj` one level deeper.
function customInspect(self, obj, depth, options, inspect) {
  if (depth < 0) return self;
  const opts = { ...options, depth: options.depth === null ? null : options.depth - 1 };
  return `${self.constructor.name} ${inspect(obj, opts)}`;
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: 'AbortController', configurable: true });

module.exports = { AbortController, AbortSignal, kAborted };
