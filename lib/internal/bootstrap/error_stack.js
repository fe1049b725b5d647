'use strict';
// Error.captureStackTrace, Error.stackTraceLimit and Error.prepareStackTrace, which
// QuickJS 2025-04-26 lacks and which libraries call. Stacks stay QuickJS's backtrace
// strings; only while Error.prepareStackTrace is a user function (depd sets one to
// find its caller) are the backtrace's lines turned into V8 CallSite objects for it,
// when `stack` is first read (scripts/patches/quickjs-5-prepare-stack-trace.patch).

const { setStackTraceHook } = internalBinding('errors');

// Node 20's default Error.prepareStackTrace: "Name: message" and the frames.
function ErrorPrepareStackTrace(error, trace) {
  const head = Error.prototype.toString.call(error);
  return trace.length === 0 ? head : `${head}\n    at ${trace.join('\n    at ')}`;
}

function userHook() {
  const hook = Error.prepareStackTrace;
  return typeof hook === 'function' && hook !== ErrorPrepareStackTrace;
}

// CommonJS code is compiled inside this prefix, on its first line (see
// src/runtime/ModuleLoader.cpp): QuickJS counts line 1's columns from its start.
const kWrapperHeadLength = '(function (exports, require, module, __filename, __dirname) {'.length;
const files = new Map();

// A frame's file: its lines, and whether it is an ES module (not wrapped; V8 names
// it by its file: URL). Read only for the CallSites of a user hook.
function fileInfo(file) {
  let info = files.get(file);
  if (info === undefined) {
    info = { lines: null, esm: false };
    try {
      const src = internalBinding('fs').readFileUtf8(file);
      if (typeof src === 'string') info.lines = src.split('\n');
      info.esm = require('internal/modules/package_json').formatOf(file) === 'module';
    } catch {
      // not a file: eval code, a builtin
    }
    files.set(file, info);
  }
  return info;
}

const isIdent = (c) => c !== undefined && /[\w$]/.test(c);
const isSpace = (c) => c === ' ' || c === '\t';

// QuickJS reports a call at its '(' (a tail call at its `return`); V8 at the
// callee's last name (`foo`, `a.b.foo`) or at `new`. Other columns are the same.
function v8Column(file, line, col) {
  const { lines, esm } = fileInfo(file);
  if (lines === null) return col;
  if (line === 1 && !esm && col > kWrapperHeadLength) col -= kWrapperHeadLength;
  const text = lines[line - 1];
  if (text === undefined) return col;
  let i = col - 1;
  if (text.startsWith('return', i) && !isIdent(text[i + 6])) i = text.indexOf('(', i + 6);
  if (i < 0 || text[i] !== '(') return col;
  let end = i;
  while (end > 0 && isSpace(text[end - 1])) end--;
  let start = end;
  while (start > 0 && isIdent(text[start - 1])) start--;
  if (start === end) return col;  // `f()()`, `a[b]()`
  let m = start;
  while (m > 0 && text[m - 1] === '.') {
    m--;
    while (m > 0 && isIdent(text[m - 1])) m--;
  }
  let n = m;
  while (n > 0 && isSpace(text[n - 1])) n--;
  if (n < m && n >= 3 && text.startsWith('new', n - 3) && !isIdent(text[n - 4])) return n - 2;
  return start + 1;
}

// One frame of a QuickJS backtrace: "    at name (file:line:col)", "    at name
// (native)" for C functions, "    at name" for the runtime's builtins (no debug info).
class CallSite {
  #name; #file; #line; #col; #native; #eval; #fixed = false;
  constructor(name, loc) {
    this.#name = name === '<anonymous>' ? null : name === '<eval>' ? 'eval' : name;
    this.#native = loc === 'native';
    this.#eval = loc !== undefined && loc.startsWith('<input>');  // QuickJS's eval code
    this.#file = null;
    this.#line = null;
    this.#col = null;
    if (loc !== undefined && !this.#native) {
      const m = /^(.*):(\d+):(\d+)$/.exec(loc);
      this.#file = m ? m[1] : loc;
      if (m) {
        this.#line = Number(m[2]);
        this.#col = Number(m[3]);
      }
    }
  }
  getThis() { return undefined; }
  getFunction() { return undefined; }
  getTypeName() { return null; }
  getMethodName() { return null; }
  getFunctionName() { return this.#name; }
  getFileName() {
    if (this.#eval) return undefined;
    if (this.#file?.[0] === '/' && fileInfo(this.#file).esm) {
      return require('internal/modules/esm').pathToFileURLLite(this.#file);
    }
    return this.#file;
  }
  getScriptNameOrSourceURL() { return this.getFileName(); }
  getLineNumber() { return this.#line; }
  getColumnNumber() {
    // Fixed up only when asked: that reads the file.
    if (!this.#fixed && this.#col !== null && !this.#eval) this.#col = v8Column(this.#file, this.#line, this.#col);
    this.#fixed = true;
    return this.#col;
  }
  getEvalOrigin() { return undefined; }
  isEval() { return this.#eval; }
  isNative() { return false; }
  isToplevel() { return !this.#native; }  // builtins run as methods: [].map
  isConstructor() { return false; }
  isAsync() { return false; }
  isPromiseAll() { return false; }
  getPromiseIndex() { return null; }
  toString() {
    const name = this.#name ?? '<anonymous>';
    if (this.#native) return `${name} (native)`;
    if (this.#file === null) return name;
    if (this.#line === null) return `${name} (${this.getFileName()})`;
    return `${name} (${this.getFileName()}:${this.#line}:${this.getColumnNumber()})`;
  }
}

// V8 shows no frame for Function.prototype.call and apply.
const kHiddenNatives = new Set(['call', 'apply']);

// Error.prepareStackTrace(error, callSites) for the backtrace `lines`, at most
// Error.stackTraceLimit frames (V8 captures no stack when it is not a number).
function prepare(error, lines) {
  const limit = Error.stackTraceLimit;
  if (typeof limit !== 'number') return undefined;
  const sites = [];
  for (const line of lines) {
    if (sites.length >= limit) break;
    const m = /^\s*at (.*?)(?: \((.*)\))?$/.exec(line);
    if (!m || (m[2] === 'native' && kHiddenNatives.has(m[1]))) continue;
    sites.push(new CallSite(m[1], m[2]));
  }
  return Error.prepareStackTrace(error, sites);
}

let rawBacktrace = false;  // captureStackTrace() reading its own Error's backtrace

// The engine calls this when an error made while a user hook was set has its
// `stack` read first. Without a hook by then, the stack is what it would have been:
// V8's "Name: message" line, then the frames.
function formatStack(error, backtrace) {
  if (rawBacktrace) return backtrace;
  if (!userHook()) return `${Error.prototype.toString.call(error)}\n${backtrace}`.replace(/\n+$/, '');
  return prepare(error, backtrace.split('\n'));
}

// The string captureStackTrace() gives without a user hook: "Name: message" and lines.
function plainStack(obj, lines) {
  let head;
  try {
    const name = obj.name ?? 'Error';
    const message = obj.message;
    head = message ? `${name}: ${message}` : `${name}`;
  } catch {
    head = 'Error';
  }
  return [head, ...lines].join('\n').replace(/\n+$/, '');
}

if (typeof Error.captureStackTrace !== 'function') {
  Object.defineProperty(Error, 'captureStackTrace', {
    value: function captureStackTrace(obj, constructorOpt) {
      if (obj === null || typeof obj !== 'object' && typeof obj !== 'function') {
        throw new TypeError('Invalid argument');
      }
      const hooked = userHook();
      let raw;
      rawBacktrace = true;
      try {
        raw = new Error().stack || '';
      } finally {
        rawBacktrace = false;
      }
      // The frames only (without a hook the engine's stack starts with "Error").
      let lines = raw.split('\n').filter((l) => /^\s+at /.test(l));
      lines.shift(); // this function's own frame
      if (typeof constructorOpt === 'function' && constructorOpt.name) {
        const name = constructorOpt.name;
        // "at fn (file:line:col)", "at X.fn (...)", or a builtin's bare "at fn".
        const idx = lines.findIndex((l) => l.includes(`at ${name} `) || l.includes(`.${name} `) || l.endsWith(`at ${name}`));
        if (idx !== -1) lines = lines.slice(idx + 1);
        else if (hooked) lines = [];  // V8: no frames when fn is not on the stack
      }
      const set = (value) => {
        Object.defineProperty(obj, 'stack', { value, writable: true, configurable: true, enumerable: false });
      };
      if (!hooked) return set(plainStack(obj, lines));
      // As in V8, the hook runs when `stack` is first read (and again if it threw).
      Object.defineProperty(obj, 'stack', {
        get() {
          const value = userHook() ? prepare(obj, lines) : plainStack(obj, lines);
          set(value);
          return value;
        },
        set,
        configurable: true, enumerable: false,
      });
    },
    writable: true, configurable: true, enumerable: false,
  });
}
if (!('stackTraceLimit' in Error)) {
  Error.stackTraceLimit = 10;
}
if (!('prepareStackTrace' in Error)) {
  Object.defineProperty(Error, 'prepareStackTrace', {
    value: ErrorPrepareStackTrace, writable: true, configurable: true, enumerable: false,
  });
}
setStackTraceHook(Error, ErrorPrepareStackTrace, formatStack);
