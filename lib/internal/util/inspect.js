'use strict';
// util.inspect with Node 20's output. This file holds the dispatch on the kind of
// object and the property listing; primitives, collections, errors and the line
// layout live in the inspect_*.js files next to it.

const binding = internalBinding('util');
const types = require('internal/util/types');
const {
  strEscape, escapeKey, formatNumber, formatPrimitive, colors, styles,
  stylizeWithColor, stylizeNoColor, inspectDefaultOptions,
} = require('internal/util/inspect_primitives');
const {
  kObjectType, kArrayType, kArrayExtrasType, reduceToSingleString, getStringWidth,
  stripVTControlCharacters,
} = require('internal/util/inspect_layout');
const collections = require('internal/util/inspect_collections');
const { formatError } = require('internal/util/inspect_error');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);
const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const classRegExp = /^(\s+[^(]*?)\s*{/;
const stripCommentsRegExp = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;

function inspect(value, opts) {
  // Spelled out rather than spread: this runs for every inspect() call.
  const d = inspectDefaultOptions;
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: d.showHidden,
    depth: d.depth,
    colors: d.colors,
    customInspect: d.customInspect,
    showProxy: d.showProxy,
    maxArrayLength: d.maxArrayLength,
    maxStringLength: d.maxStringLength,
    breakLength: d.breakLength,
    compact: d.compact,
    sorted: d.sorted,
    getters: d.getters,
    numericSeparator: d.numericSeparator,
  };
  if (arguments.length > 1) {
    // Legacy signature inspect(value, showHidden, depth, colors).
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      for (const key of Object.keys(opts)) {
        if (hasOwn(inspectDefaultOptions, key) || key === 'stylize') ctx[key] = opts[key];
        else if (ctx.userOptions === undefined) ctx.userOptions = opts;
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}
inspect.custom = customInspectSymbol;

Object.defineProperty(inspect, 'defaultOptions', {
  get() { return inspectDefaultOptions; },
  set(options) {
    if (options === null || typeof options !== 'object') {
      const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    Object.assign(inspectDefaultOptions, options);
  },
});
inspect.colors = colors;
inspect.styles = styles;

// The options object handed to a custom inspect function.
function getUserOptions(ctx) {
  return {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
}

function callCustomInspect(ctx, value, context, recurseTimes) {
  const custom = value[customInspectSymbol];
  if (typeof custom !== 'function' || custom === inspect) return undefined;
  // An object's own prototype (Foo.prototype) is not inspected with its custom hook.
  if (value.constructor && value.constructor.prototype === value) return undefined;
  const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
  const ret = custom.call(context, depth, getUserOptions(ctx), inspect);
  if (ret === context) return undefined;
  if (typeof ret !== 'string') return { text: formatValue(ctx, ret, recurseTimes) };
  return { text: ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`) };
}

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');
  const context = value;
  if (types.isProxy(value)) {
    const details = binding.getProxyDetails(value, true);
    if (details === null || details[0] === null) return ctx.stylize('<Revoked Proxy>', 'special');
    if (ctx.showProxy) return formatProxy(ctx, details, recurseTimes);
    value = details[0];
    while (types.isProxy(value)) value = binding.getProxyDetails(value, false);
  }
  if (ctx.customInspect) {
    const custom = callCustomInspect(ctx, value, context, recurseTimes);
    if (custom !== undefined) return custom.text;
  }
  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }
  return formatRaw(ctx, value, recurseTimes, typedArray);
}

function formatProxy(ctx, proxy, recurseTimes) {
  if (ctx.depth !== null && recurseTimes > ctx.depth) return ctx.stylize('Proxy [Array]', 'special');
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const res = [formatValue(ctx, proxy[0], recurseTimes), formatValue(ctx, proxy[1], recurseTimes)];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, res, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

function isInstanceof(obj, ctor) {
  try {
    return obj instanceof ctor;
  } catch {
    return false;
  }
}

// The engine's own name for an object's class, for objects whose prototype chain
// names no constructor.
function internalClassName(obj) {
  if (typeof obj === 'function') return 'Function';
  if (Array.isArray(obj)) return 'Array';
  return types.typedArrayName(obj) ?? 'Object';
}

// The name of the nearest constructor on the prototype chain; null for objects
// without a prototype. With showHidden, `protoProps` collects the accessors and data
// properties of user-defined prototypes on the way.
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  // Fast path for the common plain objects and arrays.
  if (protoProps === undefined && !hasOwn(obj, 'constructor')) {
    const proto = Object.getPrototypeOf(obj);
    if (proto === Object.prototype && objectCtorIntact()) return 'Object';
    if (proto === Array.prototype && arrayCtorIntact()) return 'Array';
  }
  let firstProto;
  const original = obj;
  while (obj) {
    const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' && isInstanceof(original, descriptor.value)) {
      if (protoProps !== undefined && (firstProto !== obj || !fmt.isBuiltInName(descriptor.value.name))) {
        addPrototypeProperties(ctx, original, firstProto || original, recurseTimes, protoProps);
      }
      return String(descriptor.value.name);
    }
    obj = Object.getPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;
  const res = internalClassName(original);
  if (ctx.depth !== null && recurseTimes > ctx.depth) return `${res} <Complex prototype>`;
  const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoConstr === null) {
    return `${res} <${inspect(firstProto, { ...ctx, customInspect: false, depth: -1 })}>`;
  }
  return `${res} <${protoConstr}>`;
}

// Non-function properties of up to three user-defined prototype levels, skipping
// names already shown closer to the object.
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = Object.getPrototypeOf(obj);
      if (obj === null) return;
      const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined && typeof descriptor.value === 'function' &&
          fmt.isBuiltInName(descriptor.value.name)) {
        return;
      }
    }
    if (depth === 0) keySet = new Set();
    else for (const key of keys) keySet.add(key);
    keys = Reflect.ownKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' || hasOwn(main, key) || (depth !== 0 && keySet.has(key))) continue;
      const desc = Object.getOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const value = module.exports.formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      output.push(ctx.colors ? `\u001b[2m${value}\u001b[22m` : value);
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

// Plain reads (no descriptor allocation): a getter installed on
// Object.prototype.constructor would run here, a case not worth the cost.
function objectCtorIntact() {
  return Object.prototype.constructor === Object;
}
function arrayCtorIntact() {
  return Array.prototype.constructor === Array;
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

function getKeys(value, showHidden) {
  const symbols = Object.getOwnPropertySymbols(value);
  let keys;
  if (showHidden) {
    keys = Object.getOwnPropertyNames(value);
    keys.push(...symbols);
  } else {
    try {
      keys = Object.keys(value);
    } catch {
      // A module namespace with an uninitialized binding.
      keys = Object.getOwnPropertyNames(value);
    }
    for (const s of symbols) if (isEnumerable(value, s)) keys.push(s);
  }
  return keys;
}

function isArrayIndexKey(key) {
  return typeof key === 'string' && /^(0|[1-9][0-9]*)$/.test(key) && Number(key) < 2 ** 32 - 1;
}

function getOwnNonIndexProperties(value, showHidden) {
  if (showHidden) return Reflect.ownKeys(value).filter((k) => !isArrayIndexKey(k));
  // Own string keys list array indices first, in ascending order, so only the
  // tail after the last index needs a look.
  const names = Object.keys(value);
  let start = names.length;
  while (start > 0 && !isArrayIndexKey(names[start - 1])) start--;
  const keys = start === names.length ? [] : names.slice(start);
  for (const s of Object.getOwnPropertySymbols(value)) if (isEnumerable(value, s)) keys.push(s);
  return keys;
}

function getFunctionBase(value, constructor, tag) {
  const source = Function.prototype.toString.call(value);
  if (source.startsWith('class') && source.endsWith('}')) {
    const slice = source.slice(5, -1);
    const bracketIndex = slice.indexOf('{');
    if (bracketIndex !== -1 && (!slice.slice(0, bracketIndex).includes('(') ||
        classRegExp.test(slice.replace(stripCommentsRegExp, '')))) {
      return getClassBase(value, constructor, tag);
    }
  }
  let type = 'Function';
  if (types.isGeneratorFunction(value)) type = `Generator${type}`;
  if (types.isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  base += value.name === '' ? ' (anonymous)' : `: ${value.name}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function getClassBase(value, constructor, tag) {
  const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = Object.getPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function getBoxedBase(value, ctx, keys, constructor, tag) {
  let type;
  let primitive;
  if (types.isNumberObject(value)) {
    type = 'Number';
    primitive = Number.prototype.valueOf.call(value);
  } else if (types.isStringObject(value)) {
    type = 'String';
    primitive = String.prototype.valueOf.call(value);
    keys.splice(0, primitive.length);
  } else if (types.isBooleanObject(value)) {
    type = 'Boolean';
    primitive = Boolean.prototype.valueOf.call(value);
  } else if (types.isBigIntObject(value)) {
    type = 'BigInt';
    primitive = BigInt.prototype.valueOf.call(value);
  } else {
    type = 'Symbol';
    primitive = Symbol.prototype.valueOf.call(value);
  }
  let base = `[${type}`;
  if (type !== constructor) base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

module.exports = {
  inspect, formatValue, getPrefix, getKeys, getOwnNonIndexProperties, getConstructorName,
  getFunctionBase, getBoxedBase, inspectDefaultOptions, customInspectSymbol,
  stripVTControlCharacters, getStringWidth, strEscape, escapeKey, formatNumber,
  kObjectType, kArrayType, kArrayExtrasType, isEnumerable,
};

// The rest of the dispatch (formatRaw, formatProperty) is in inspect_raw.js.
const raw = require('internal/util/inspect_raw');
module.exports.formatRaw = raw.formatRaw;
module.exports.formatProperty = raw.formatProperty;
function formatRaw(ctx, value, recurseTimes, typedArray) {
  return raw.formatRaw(ctx, value, recurseTimes, typedArray);
}

const fmt = require('internal/util/format');
module.exports.format = fmt.format;
module.exports.formatWithOptions = fmt.formatWithOptions;
