'use strict';
// The Console class behind the global console and console.Console.

const { codes } = require('internal/errors');
// util.inspect loads on first use: a console that only prints strings never needs it.
let inspectModule;
const lazyInspect = () => (inspectModule ??= require('internal/util/inspect'));
let legacyModule;
const lazyLegacy = () => (legacyModule ??= require('internal/util/legacy'));
const inspect = (...args) => lazyInspect().inspect(...args);
const formatWithOptions = (...args) => lazyInspect().formatWithOptions(...args);
const kWrite = Symbol('kWriteToConsole');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
const kCounts = Symbol('counts');
const kColorMode = Symbol('kColorMode');
const kInspectOptions = Symbol('kInspectOptions');
const kFormatForStdout = Symbol('kFormatForStdout');
const kFormatForStderr = Symbol('kFormatForStderr');
const kGetInspectOptions = Symbol('kGetInspectOptions');

function noop() {}

function isWritable(stream) {
  return stream !== null && typeof stream === 'object' && typeof stream.write === 'function';
}

function Console(options, stderr, ignoreErrors) {
  if (!new.target) return Reflect.construct(Console, arguments);
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr, ignoreErrors };
  }
  const {
    stdout, stderr: err = stdout, ignoreErrors: ignore = true, colorMode = 'auto',
    inspectOptions, groupIndentation = 2,
  } = options;
  if (!isWritable(stdout)) throw new codes.ERR_CONSOLE_WRITABLE_STREAM('stdout');
  if (!isWritable(err)) throw new codes.ERR_CONSOLE_WRITABLE_STREAM('stderr');
  if (typeof colorMode !== 'boolean' && colorMode !== 'auto') {
    throw new codes.ERR_INVALID_ARG_VALUE('colorMode', colorMode);
  }
  if (inspectOptions !== undefined && (inspectOptions === null || typeof inspectOptions !== 'object')) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.inspectOptions', 'object', inspectOptions);
  }
  defineHidden(this, '_stdout', stdout);
  defineHidden(this, '_stderr', err);
  setup(this, ignore, colorMode, inspectOptions, groupIndentation);
  bindMethods(this);
}

function defineHidden(target, name, value) {
  Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
}

function setup(con, ignoreErrors, colorMode, inspectOptions, groupIndentation) {
  defineHidden(con, '_stdoutErrorHandler', noop);
  defineHidden(con, '_stderrErrorHandler', noop);
  defineHidden(con, '_ignoreErrors', Boolean(ignoreErrors));
  defineHidden(con, '_times', new Map());
  defineHidden(con, kCounts, new Map());
  defineHidden(con, kColorMode, colorMode);
  defineHidden(con, kInspectOptions, inspectOptions);
  defineHidden(con, kGroupIndent, '');
  defineHidden(con, kGroupIndentationWidth, groupIndentation);
}

// Own, bound copies of the methods so `const { log } = console` works.
function bindMethods(con) {
  for (const key of Reflect.ownKeys(Console.prototype)) {
    if (key === 'constructor' || typeof key === 'symbol') continue;
    const desc = Object.getOwnPropertyDescriptor(Console.prototype, key);
    if (typeof desc.value !== 'function') continue;
    const bound = desc.value.bind(con);
    Object.defineProperty(bound, 'name', { value: key });
    Object.defineProperty(con, key, { value: bound, writable: true, enumerable: true, configurable: true });
  }
}

const consoleMethods = {
  [kWrite](useStdout, string) {
    const groupIndent = this[kGroupIndent];
    const stream = useStdout ? this._stdout : this._stderr;
    if (groupIndent.length !== 0) {
      if (string.includes('\n')) string = string.replace(/\n/g, `\n${groupIndent}`);
      string = groupIndent + string;
    }
    string += '\n';
    if (this._ignoreErrors === false) return stream.write(string);
    // Errors may come synchronously (files, TTYs) or later (pipes); swallow both.
    try {
      if (stream.listenerCount('error') === 0) stream.once('error', noop);
      stream.write(string, useStdout ? this._stdoutErrorHandler : this._stderrErrorHandler);
    } catch (e) {
      // A stack overflow is a bug in the caller, not an output error: rethrow it.
      if ((e instanceof RangeError || e?.name === 'InternalError') && /call stack|stack overflow/i.test(e.message)) throw e;
    } finally {
      stream.removeListener('error', noop);
    }
  },

  [kGetInspectOptions](stream) {
    let color = this[kColorMode];
    if (color === 'auto') {
      color = Boolean(lazyLegacy().shouldColorize(stream));
    }
    const options = this[kInspectOptions];
    if (options) return options.colors === undefined ? { ...options, colors: color } : options;
    return color ? { colors: true } : {};
  },

  [kFormatForStdout](args) {
    if (args.length === 1 && typeof args[0] === 'string') return args[0];
    return formatWithOptions(this[kGetInspectOptions](this._stdout), ...args);
  },

  [kFormatForStderr](args) {
    if (args.length === 1 && typeof args[0] === 'string') return args[0];
    return formatWithOptions(this[kGetInspectOptions](this._stderr), ...args);
  },

  log(...args) { this[kWrite](true, this[kFormatForStdout](args)); },
  warn(...args) { this[kWrite](false, this[kFormatForStderr](args)); },

  dir(object, options) {
    this[kWrite](true, inspect(object, { customInspect: false, ...this[kGetInspectOptions](this._stdout), ...options }));
  },

  trace: function trace(...args) {
    const err = { name: 'Trace', message: this[kFormatForStderr](args) };
    Error.captureStackTrace(err, trace);
    this.error(err.stack);
  },

  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      Reflect.apply(this.warn, this, args);
    }
  },

  clear() {
    if (this._stdout.isTTY && process.env.TERM !== 'dumb') this._stdout.write('\x1b[1;1H\x1b[0J');
  },

  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    const count = (counts.get(label) ?? 0) + 1;
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },

  countReset(label = 'default') {
    const counts = this[kCounts];
    if (!counts.has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(`${label}`);
  },

  group(...data) {
    if (data.length > 0) Reflect.apply(this.log, this, data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentationWidth]);
  },

  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(0, this[kGroupIndent].length - this[kGroupIndentationWidth]);
  },

  table(tabularData, properties) {
    require('internal/console/render_table').renderTable(this, tabularData, properties, kGetInspectOptions);
  },
};
consoleMethods.debug = consoleMethods.log;
consoleMethods.info = consoleMethods.log;
consoleMethods.dirxml = consoleMethods.log;
consoleMethods.error = consoleMethods.warn;
consoleMethods.groupCollapsed = consoleMethods.group;

const { timerMethods } = require('internal/console/timers');
// Node's order, which Object.keys(console) and inspect(console) show.
const methodOrder = [
  'log', 'warn', 'dir', 'time', 'timeEnd', 'timeLog', 'trace', 'assert', 'clear', 'count',
  'countReset', 'group', 'groupEnd', 'table', 'debug', 'info', 'dirxml', 'error', 'groupCollapsed',
];
const kIsConsole = Symbol('kIsConsole');
for (const key of methodOrder) {
  Object.defineProperty(Console.prototype, key, {
    value: timerMethods[key] ?? consoleMethods[key], writable: true, enumerable: true, configurable: true,
  });
}
for (const key of Object.getOwnPropertySymbols(consoleMethods)) {
  Object.defineProperty(Console.prototype, key, {
    value: consoleMethods[key], writable: true, enumerable: false, configurable: true,
  });
}
Object.defineProperty(Console.prototype, kIsConsole, { value: true, enumerable: false });
// The global console is a plain object, yet `console instanceof Console` holds.
Object.defineProperty(Console, Symbol.hasInstance, {
  value(instance) { return instance !== null && (typeof instance === 'object' || typeof instance === 'function') && instance[kIsConsole] === true; },
});

// Until a program touches process.stdout/stderr, the global console writes to the
// file descriptor directly (as synchronously as the stream would), so a script that
// only logs never loads the streams machinery. A TTY, or any use of process.stdout,
// switches to the real stream.
const liteStdio = Object.create(null);
function stdioFor(name, fd) {
  const desc = Object.getOwnPropertyDescriptor(process, name);
  if (desc === undefined || desc.get === undefined) return process[name];
  let lite = liteStdio[name];
  if (lite === undefined) {
    const binding = internalBinding('process');
    if (binding.isatty(fd)) return process[name];
    lite = liteStdio[name] = {
      fd,
      isTTY: false,
      write(chunk) { binding.writeString(fd, chunk); return true; },
      listenerCount() { return 1; },
      once() {},
      removeListener() {},
    };
  }
  return lite;
}

// The global console: a plain object (shown as `Object [console]`) holding bound
// copies of the methods, writing to process.stdout/stderr looked up on each write.
function createGlobalConsole() {
  const con = { __proto__: {} };
  for (const key of Reflect.ownKeys(Console.prototype)) {
    if (key === 'constructor') continue;
    const desc = Object.getOwnPropertyDescriptor(Console.prototype, key);
    if (typeof desc.value === 'function') {
      desc.value = desc.value.bind(con);
      Object.defineProperty(desc.value, 'name', { value: key });
    }
    Object.defineProperty(con, key, desc);
  }
  Object.defineProperty(con, '_stdout', { get() { return stdioFor('stdout', 1); }, configurable: true, enumerable: false });
  Object.defineProperty(con, '_stderr', { get() { return stdioFor('stderr', 2); }, configurable: true, enumerable: false });
  setup(con, true, 'auto', undefined, 2);
  Object.defineProperty(con, Symbol.toStringTag, { value: 'console', writable: false, enumerable: false, configurable: true });
  return con;
}

module.exports = { Console, createGlobalConsole, kWrite };
