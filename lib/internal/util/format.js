'use strict';
// util.format / util.formatWithOptions: printf-like placeholders (%s %d %i %f %j
// %o %O %c %%), remaining arguments appended with inspect, as Node 20 does.

const binding = internalBinding('util');
const {
  formatNumber, formatBigInt, stylizeNoColor, inspectDefaultOptions,
} = require('internal/util/inspect_primitives');

let inspectFn;
function inspect(value, opts) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value, opts);
}

// The engine's own global constructors and namespaces (not the runtime's, like
// Buffer or URL): objects whose toString comes from one of these are "built-in" for
// %s and get inspected rather than stringified.
const builtInObjects = new Set([
  'Object', 'Function', 'Array', 'Number', 'Boolean', 'String', 'Symbol', 'Date', 'Promise',
  'RegExp', 'Error', 'AggregateError', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError',
  'TypeError', 'URIError', 'ArrayBuffer', 'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array',
  'Uint32Array', 'Int32Array', 'Float32Array', 'Float64Array', 'Uint8ClampedArray',
  'BigUint64Array', 'BigInt64Array', 'DataView', 'Map', 'BigInt', 'Set', 'WeakMap', 'WeakSet',
  'Proxy', 'Reflect', 'SharedArrayBuffer', 'WeakRef', 'FinalizationRegistry', 'Atomics', 'JSON',
  'Math', 'Intl', 'WebAssembly',
]);
function getBuiltInObjects() {
  return builtInObjects;
}

function isBuiltInName(name) {
  return getBuiltInObjects().has(name);
}

function hasBuiltInToString(value) {
  const target = binding.getProxyDetails(value, false);
  if (target !== undefined) {
    if (target === null) return true;
    value = target;
  }
  if (typeof value.toString !== 'function') return true;
  if (Object.prototype.hasOwnProperty.call(value, 'toString')) return false;
  let pointer = value;
  do {
    pointer = Object.getPrototypeOf(pointer);
  } while (!Object.prototype.hasOwnProperty.call(pointer, 'toString'));
  const descriptor = Object.getOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined && typeof descriptor.value === 'function' &&
    getBuiltInObjects().has(descriptor.value.name);
}

let circularErrorMessage;
function tryStringify(value) {
  try {
    return JSON.stringify(value);
  } catch (err) {
    if (circularErrorMessage === undefined) {
      try {
        const a = {};
        a.a = a;
        JSON.stringify(a);
      } catch (e) {
        circularErrorMessage = e.message.split('\n')[0];
      }
    }
    if (err.name === 'TypeError' && String(err.message).split('\n')[0] === circularErrorMessage) {
      return '[Circular]';
    }
    throw err;
  }
}

// Numbers and bigints shown by %s %d %i %f follow the numericSeparator option, or
// else util.inspect.defaultOptions', as Node. The choice is spelled out where needed
// rather than in a function: a call costs more than the rest of it on this path
// (and `void 0` is a constant where `undefined` is a global lookup).
function formatS(arg, options) {
  if (typeof arg === 'number' || typeof arg === 'bigint') {
    const separator = options === void 0 ? inspectDefaultOptions.numericSeparator
      : options.numericSeparator ?? inspectDefaultOptions.numericSeparator;
    if (typeof arg === 'number') return formatNumber(stylizeNoColor, arg, separator);
    return formatBigInt(stylizeNoColor, arg, separator);
  }
  if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) return String(arg);
  return inspect(arg, { ...options, depth: 0, colors: false, compact: 3 });
}

// %d %i %f: `parse` makes a number of anything but a bigint.
function formatNumeric(arg, parse, options) {
  const separator = options === void 0 ? inspectDefaultOptions.numericSeparator
    : options.numericSeparator ?? inspectDefaultOptions.numericSeparator;
  if (typeof arg === 'bigint') return formatBigInt(stylizeNoColor, arg, separator);
  if (typeof arg === 'symbol') return 'NaN';
  return formatNumber(stylizeNoColor, parse(arg), separator);
}

const kNotPlaceholder = Symbol('kNotPlaceholder');

// One placeholder's text, or kNotPlaceholder when `code` is not a placeholder.
function formatPlaceholder(code, arg, options) {
  switch (code) {
    case 115: return formatS(arg, options); // %s
    case 106: return `${tryStringify(arg)}`; // %j
    case 100: return formatNumeric(arg, Number, options); // %d
    case 79: return inspect(arg, options); // %O
    case 111: return inspect(arg, { ...options, showHidden: true, showProxy: true, depth: 4 }); // %o
    case 105: return formatNumeric(arg, Number.parseInt, options); // %i
    case 102: // %f: a bigint too is parsed as a float
      return formatNumeric(typeof arg === 'bigint' ? Number.parseFloat(arg) : arg, Number.parseFloat, options);
    case 99: return ''; // %c: CSS, ignored
    default: return kNotPlaceholder;
  }
}

function formatWithOptionsInternal(options, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let lastPos = 0;
    // Jump from '%' to '%' (indexOf is native; a per-character loop is slow here).
    for (let i = first.indexOf('%'); i !== -1 && i < first.length - 1; i = first.indexOf('%', i + 1)) {
      const next = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        if (next === 37) {
          str += first.slice(lastPos, i);
          lastPos = i + 1;
          continue;
        }
        const text = formatPlaceholder(next, args[a + 1], options);
        if (text === kNotPlaceholder) continue;
        a++;
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += text;
        lastPos = i + 1;
      } else if (next === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, options) : value;
    join = ' ';
    a++;
  }
  return str;
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('inspectOptions', 'object', inspectOptions);
  }
  return formatWithOptionsInternal(inspectOptions, args);
}

module.exports = { format, formatWithOptions, formatWithOptionsInternal, isBuiltInName };
