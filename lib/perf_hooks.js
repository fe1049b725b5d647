'use strict';
// node:perf_hooks — performance.now()/timeOrigin from the process's monotonic clock,
// and the user timing API (mark, measure, getEntries*) kept in memory.

const { codes } = require('internal/errors');
const binding = internalBinding('process');

// The runtime's start in hrtime; performance.now() counts from there.
const startNs = binding.hrtimeNs() - BigInt(Math.round(binding.uptime() * 1e9));
const timeOrigin = Date.now() - Number(binding.hrtimeNs() - startNs) / 1e6;
const now = () => Number(binding.hrtimeNs() - startNs) / 1e6;

class PerformanceEntry {
  constructor(name, entryType, startTime, duration, detail) {
    this.name = name;
    this.entryType = entryType;
    this.startTime = startTime;
    this.duration = duration;
    this.detail = detail;
  }
  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration, detail: this.detail };
  }
}
class PerformanceMark extends PerformanceEntry {}
class PerformanceMeasure extends PerformanceEntry {}

const entries = [];

function findMark(name) {
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].entryType === 'mark' && entries[i].name === name) return entries[i].startTime;
  }
  throw unknownMark(name);
}

// Node throws a DOMException SyntaxError for an unknown mark name.
function unknownMark(name) {
  const { DOMException } = require('internal/dom_exception');
  return new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
}

function timeOf(value) {
  if (value === undefined) return undefined;
  return typeof value === 'number' ? value : findMark(value);
}

class Performance {
  get timeOrigin() { return timeOrigin; }
  now() { return now(); }

  mark(name, options = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('name');
    const startTime = options?.startTime ?? now();
    const entry = new PerformanceMark(`${name}`, 'mark', startTime, 0, options?.detail ?? null);
    entries.push(entry);
    return entry;
  }

  measure(name, startOrOptions = undefined, endMark = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('name');
    let start;
    let end;
    let detail = null;
    if (startOrOptions !== null && typeof startOrOptions === 'object') {
      start = timeOf(startOrOptions.start);
      end = timeOf(startOrOptions.end);
      if (startOrOptions.duration !== undefined) {
        if (end === undefined) end = (start ?? 0) + startOrOptions.duration;
        else if (start === undefined) start = end - startOrOptions.duration;
      }
      detail = startOrOptions.detail ?? null;
    } else {
      start = timeOf(startOrOptions);
      end = timeOf(endMark);
    }
    if (start === undefined) start = 0;
    if (end === undefined) end = now();
    const entry = new PerformanceMeasure(`${name}`, 'measure', start, end - start, detail);
    entries.push(entry);
    return entry;
  }

  clearMarks(name = undefined) { clear('mark', name); }
  clearMeasures(name = undefined) { clear('measure', name); }
  clearResourceTimings() {}
  getEntries() { return sorted(entries); }
  getEntriesByName(name, type = undefined) {
    return sorted(entries.filter((e) => e.name === `${name}` && (type === undefined || e.entryType === type)));
  }
  getEntriesByType(type) { return sorted(entries.filter((e) => e.entryType === `${type}`)); }
  setResourceTimingBufferSize() {}

  get nodeTiming() {
    return { name: 'node', entryType: 'node', startTime: 0, duration: now() };
  }

  eventLoopUtilization() { return { idle: 0, active: 0, utilization: 0 }; }

  timerify(fn) {
    if (typeof fn !== 'function') throw new codes.ERR_INVALID_ARG_TYPE('fn', 'function', fn);
    return fn;
  }

  toJSON() {
    return { nodeTiming: this.nodeTiming, timeOrigin, eventLoopUtilization: this.eventLoopUtilization() };
  }
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, { value: 'Performance', configurable: true });

function clear(type, name) {
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].entryType === type && (name === undefined || entries[i].name === `${name}`)) entries.splice(i, 1);
  }
}

function sorted(list) {
  return list.slice().sort((a, b) => a.startTime - b.startTime);
}

const performance = new Performance();

const constants = {
  NODE_PERFORMANCE_GC_MAJOR: 4, NODE_PERFORMANCE_GC_MINOR: 1, NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16, NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2, NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16, NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
};

module.exports = {
  performance, Performance, PerformanceEntry, PerformanceMark, PerformanceMeasure, constants,
};
