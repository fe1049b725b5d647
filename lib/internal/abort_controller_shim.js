'use strict';
// What the embedded readable-stream package gets for require('abort-controller'):
// the runtime's own AbortController/AbortSignal (lib/internal/abort_controller.js),
// so `signal instanceof AbortSignal` holds for signals user code creates.
//
// Until that module exists in a build, a minimal fallback with the same surface the
// stream code uses stands in: aborted, reason, throwIfAborted, onabort,
// add/removeEventListener('abort', fn, { once }), dispatchEvent, AbortSignal.abort().

function loadRuntimeClasses() {
  try {
    const mod = require('internal/abort_controller');
    if (typeof mod.AbortController === 'function') return mod;
  } catch {
    // Not built yet: fall through to the fallback below.
  }
  return undefined;
}

const kAbort = Symbol('kAbort');

function abortReason(reason) {
  if (reason !== undefined) return reason;
  let DOMExceptionCtor;
  try { DOMExceptionCtor = globalThis.DOMException; } catch { DOMExceptionCtor = undefined; }
  if (typeof DOMExceptionCtor === 'function') {
    return new DOMExceptionCtor('This operation was aborted', 'AbortError');
  }
  const err = new Error('This operation was aborted');
  err.name = 'AbortError';
  err.code = 20;
  return err;
}

class AbortSignal {
  constructor() {
    this.aborted = false;
    this.reason = undefined;
    this.onabort = null;
    this._listeners = [];
  }

  throwIfAborted() {
    if (this.aborted) throw this.reason;
  }

  addEventListener(type, listener, options) {
    if (type !== 'abort' || listener == null) return;
    if (this._listeners.some((l) => l.listener === listener)) return;
    const once = typeof options === 'object' && options !== null && Boolean(options.once);
    this._listeners.push({ listener, once });
  }

  removeEventListener(type, listener) {
    if (type !== 'abort') return;
    this._listeners = this._listeners.filter((l) => l.listener !== listener);
  }

  dispatchEvent(event) {
    if (typeof this.onabort === 'function') this.onabort.call(this, event);
    for (const entry of this._listeners.slice()) {
      if (entry.once) this.removeEventListener('abort', entry.listener);
      if (typeof entry.listener === 'function') entry.listener.call(this, event);
      else entry.listener.handleEvent(event);
    }
    return true;
  }

  [kAbort](reason) {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = abortReason(reason);
    this.dispatchEvent({ type: 'abort', target: this });
  }

  static abort(reason) {
    const signal = new AbortSignal();
    signal[kAbort](reason);
    return signal;
  }
}

class AbortController {
  constructor() {
    this.signal = new AbortSignal();
  }

  abort(reason) {
    this.signal[kAbort](reason);
  }
}

const runtime = loadRuntimeClasses();
module.exports = runtime
  ? { AbortController: runtime.AbortController, AbortSignal: runtime.AbortSignal, isFallback: false }
  : { AbortController, AbortSignal, isFallback: true };
