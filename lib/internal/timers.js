'use strict';
// Timers in JS over one native uv_timer (Node's design): timers are kept in a binary
// heap ordered by expiry then creation order; the native timer is scheduled for the
// earliest one. Between timer callbacks the nextTick and microtask queues drain.
//
// A timer's heap position is keyed by (_hkey, _hseq), which may be earlier than its
// real (_expiry, _seq): refresh() only moves the real expiry later and leaves the
// heap alone (sockets refresh their idle timer on every read and write). When a
// stale key comes due, the timer is re-keyed and sifted in again, before its real
// expiry, so timers still fire in (expiry, creation) order.
// Immediates are a linked list run from the check phase.

const binding = internalBinding('timers');
const { immediateInfo, getLibuvNow, scheduleTimer, toggleTimerRef, toggleImmediateRef } = binding;
const { runNextTicks } = require('internal/process/task_queues');
const kCount = 0;
const kRefCount = 1;
const TIMEOUT_MAX = 2 ** 31 - 1;

const kRefed = Symbol('refed');
const kHeapIndex = Symbol('heapIndex');
// The async context a timer or immediate runs in: captured only once something uses
// async contexts (internal/async_hooks/context calls useAsyncContext); until then
// every context is undefined.
const kAsyncFrame = Symbol('asyncFrame');
let asyncContext = null;
function useAsyncContext(context) {
  asyncContext = context;
}
let timerSeq = 0;
let refCount = 0;
let scheduledExpiry = Infinity;

// --- binary heap of Timeout objects -------------------------------------------------
const heap = [];
function less(a, b) {
  return a._hkey < b._hkey || (a._hkey === b._hkey && a._hseq < b._hseq);
}
function swap(i, j) {
  const t = heap[i];
  heap[i] = heap[j];
  heap[j] = t;
  heap[i][kHeapIndex] = i;
  heap[j][kHeapIndex] = j;
}
function siftUp(i) {
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!less(heap[i], heap[p])) break;
    swap(i, p);
    i = p;
  }
}
function siftDown(i) {
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let m = i;
    if (l < heap.length && less(heap[l], heap[m])) m = l;
    if (r < heap.length && less(heap[r], heap[m])) m = r;
    if (m === i) return;
    swap(i, m);
    i = m;
  }
}
function heapInsert(t) {
  t._hkey = t._expiry;
  t._hseq = t._seq;
  t[kHeapIndex] = heap.length;
  heap.push(t);
  siftUp(heap.length - 1);
}
function heapRemove(t) {
  const i = t[kHeapIndex];
  if (i === -1) return;
  const last = heap.pop();
  if (i < heap.length) {
    heap[i] = last;
    last[kHeapIndex] = i;
    siftUp(i);
    siftDown(last[kHeapIndex]);
  }
  t[kHeapIndex] = -1;
}

function compactHeap() {
  let n = 0;
  for (let i = 0; i < heap.length; i++) {
    const t = heap[i];
    if (t._destroyed) t[kHeapIndex] = -1;
    else heap[n++] = t;
  }
  heap.length = n;
  for (let i = 0; i < n; i++) heap[i][kHeapIndex] = i;
  for (let i = (n >> 1) - 1; i >= 0; i--) siftDown(i);
  deadInHeap = 0;
}

function updateRefCount(delta) {
  const before = refCount;
  refCount += delta;
  if (before === 0 && refCount > 0) toggleTimerRef(true);
  else if (before > 0 && refCount === 0) toggleTimerRef(false);
}

function schedule(t) {
  heapInsert(t);
  if (t._expiry < scheduledExpiry) {
    scheduledExpiry = t._expiry;
    scheduleTimer(Math.max(1, t._expiry - getLibuvNow()));
    toggleTimerRef(refCount > 0);
  }
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
          '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
      }
      after = 1;
    }
    this._idleTimeout = after;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this[kHeapIndex] = -1;
    this._idleStart = getLibuvNow();
    this._expiry = this._idleStart + after;
    this._seq = timerSeq++;
    this._hkey = this._expiry;
    this._hseq = this._seq;
    if (asyncContext !== null) this[kAsyncFrame] = asyncContext.getFrame();
    if (isRefed) updateRefCount(1);
    schedule(this);
  }

  refresh() {
    if (!this._destroyed) rearm(this);
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) updateRefCount(-1);
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) updateRefCount(1);
    }
    return this;
  }

  hasRef() { return this[kRefed]; }
  close() { clearTimeout(this); return this; }
  [Symbol.toPrimitive]() {
    if (this._asyncId === undefined) this._asyncId = ++asyncIds;
    knownTimersById.set(this._asyncId, this);
    return this._asyncId;
  }
}
let asyncIds = 0;
const knownTimersById = new Map();

// A cleared timer stays in the heap, marked destroyed, until it reaches the top
// (sockets clear and re-arm their timers on every request). When the dead outnumber
// the live, the heap is rebuilt without them.
let deadInHeap = 0;
function unenroll(t) {
  if (t._destroyed) return;
  t._destroyed = true;
  if (t[kHeapIndex] !== -1 && ++deadInHeap > 64 && deadInHeap * 2 > heap.length) compactHeap();
  if (t[kRefed]) updateRefCount(-1);
  if (t._asyncId !== undefined) knownTimersById.delete(t._asyncId);
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const t = knownTimersById.get(Number(timer));
    if (t !== undefined) {
      t._onTimeout = null;
      unenroll(t);
    }
  }
}

// Re-arms a cleared Timeout with a new callback and duration, as a new one would
// be armed. Still in the heap (cleared timers stay there until they surface), it
// usually keeps its place: its key is no later than the new expiry.
function reviveTimeout(t, callback, after) {
  if (!t._destroyed) unenroll(t);
  t._onTimeout = callback;
  t._idleTimeout = after >= 1 && after <= TIMEOUT_MAX ? after : 1;
  t._destroyed = false;
  if (t[kRefed]) updateRefCount(1);
  if (t[kHeapIndex] !== -1) deadInHeap--;
  rearm(t);
  return t;
}

// Starts t's duration again from now. A timer in the heap keeps its place while its
// key is no later than the new expiry (it is re-keyed when the key comes due).
function rearm(t) {
  const start = getLibuvNow();
  t._idleStart = start;
  t._expiry = start + t._idleTimeout;
  t._seq = timerSeq++;
  if (t[kHeapIndex] !== -1) {
    if (t._expiry >= t._hkey) return;
    heapRemove(t);
  }
  schedule(t);
}

// Called by native when the uv timer fires. Returns the next expiry: positive if
// a ref'ed timer waits, negative if only unref'ed ones do, 0 if none.
function processTimers(now) {
  scheduledExpiry = Infinity;
  let ticksDue = false;
  while (heap.length > 0) {
    // The ticks the last callback queued run before the next timer's callback, with
    // that timer still in the heap: if one throws, the timer runs in a later turn
    // (as in Node), and ticks may clear or add timers, so the heap is read again.
    if (ticksDue) {
      ticksDue = false;
      runNextTicks();
      continue;
    }
    const t = heap[0];
    // `now` stays the time this run started (as in Node): a timer that comes due
    // while callbacks run waits for the next loop iteration, after immediates.
    if (t._hkey > now) break;
    heapRemove(t);
    if (t._destroyed) {
      deadInHeap--;
      continue;
    }
    if (t._expiry > now) {  // refreshed since it was keyed: take its place again
      heapInsert(t);
      continue;
    }
    const callback = t._onTimeout;
    if (typeof callback !== 'function') {
      unenroll(t);
      continue;
    }
    if (t._repeat === null) {
      t._destroyed = true;
      if (t[kRefed]) updateRefCount(-1);
      if (t._asyncId !== undefined) knownTimersById.delete(t._asyncId);
    }
    ticksDue = true;
    // A throw leaves processTimers; the native side reports it and calls again.
    try {
      const args = t._timerArgs;
      if (asyncContext !== null) asyncContext.runInFrame(t[kAsyncFrame], callback, t, args);
      else if (args === undefined) callback.call(t);
      else callback.apply(t, args);
    } finally {
      if (t._repeat !== null && !t._destroyed && t._onTimeout) {
        const start = getLibuvNow();
        t._idleStart = start;
        t._expiry = start + t._repeat;
        t._seq = timerSeq++;
        heapInsert(t);
      }
    }
  }
  // The native side applies the answer only after draining the ticks and microtasks
  // the last callback queued; timers they start must count, so drain them here.
  if (ticksDue) runNextTicks();
  if (heap.length === 0) return 0;
  scheduledExpiry = heap[0]._hkey;
  return refCount > 0 ? scheduledExpiry : -scheduledExpiry;
}

// --- immediates ---------------------------------------------------------------------
class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    if (asyncContext !== null) this[kAsyncFrame] = asyncContext.getFrame();
    this.ref();
    immediateInfo[kCount]++;
    immediateQueue.append(this);
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      if (immediateInfo[kRefCount]++ === 0) toggleImmediateRef(true);
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      if (--immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
    }
    return this;
  }

  hasRef() { return !!this[kRefed]; }
}

class ImmediateList {
  constructor() { this.head = null; this.tail = null; }
  append(item) {
    if (this.tail !== null) {
      this.tail._idleNext = item;
      item._idlePrev = this.tail;
    } else {
      this.head = item;
    }
    this.tail = item;
  }
  remove(item) {
    if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
    if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
    if (item === this.head) this.head = item._idleNext;
    if (item === this.tail) this.tail = item._idlePrev;
    item._idleNext = null;
    item._idlePrev = null;
  }
}
const immediateQueue = new ImmediateList();
const outstandingQueue = new ImmediateList();

function processImmediate() {
  // Immediates queued while this runs wait for the next loop iteration.
  const queue = outstandingQueue.head !== null ? outstandingQueue : immediateQueue;
  let immediate = queue.head;
  if (queue !== outstandingQueue) {
    queue.head = queue.tail = null;
    immediateInfo[2] = 1;
  }
  let prevImmediate;
  let ranAtLeastOne = false;
  while (immediate !== null) {
    if (ranAtLeastOne) runNextTicks();
    else ranAtLeastOne = true;
    if (immediate._destroyed) {
      outstandingQueue.head = immediate = prevImmediate._idleNext;
      continue;
    }
    immediate._destroyed = true;
    immediateInfo[kCount]--;
    if (immediate[kRefed]) {
      if (--immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
    }
    immediate[kRefed] = null;
    prevImmediate = immediate;
    outstandingQueue.head = immediate._idleNext;
    try {
      const argv = immediate._argv;
      if (asyncContext !== null) asyncContext.runInFrame(immediate[kAsyncFrame], immediate._onImmediate, immediate, argv);
      else if (!argv) immediate._onImmediate();
      else immediate._onImmediate(...argv);
    } finally {
      immediate._onImmediate = null;
      outstandingQueue.head = immediate = immediate._idleNext;
    }
  }
  if (queue === outstandingQueue) outstandingQueue.head = null;
  immediateInfo[2] = 0;
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediateInfo[kCount]--;
  immediate._destroyed = true;
  if (immediate[kRefed] && --immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
  immediate[kRefed] = null;
  immediate._onImmediate = null;
  immediateQueue.remove(immediate);
}

binding.setupTimers(processImmediate, processTimers);

module.exports = { Timeout, Immediate, clearTimeout, clearImmediate, reviveTimeout, TIMEOUT_MAX, kRefed, useAsyncContext };
