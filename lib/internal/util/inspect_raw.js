'use strict';
// formatRaw: picks the braces, prefix and entry formatter for an object by its
// kind, lists its properties, and hands the pieces to the layout.

const binding = internalBinding('util');
const types = require('internal/util/types');
const core = require('internal/util/inspect');
const {
  formatValue, getPrefix, getKeys, getOwnNonIndexProperties, getConstructorName,
  getFunctionBase, getBoxedBase, strEscape, escapeKey, formatNumber,
  kObjectType, kArrayType, kArrayExtrasType, getStringWidth, isEnumerable,
} = core;
const { formatPrimitive } = require('internal/util/inspect_primitives');
const { reduceToSingleString } = require('internal/util/inspect_layout');
const C = require('internal/util/inspect_collections');
const { formatError } = require('internal/util/inspect_error');

// Read through the builtin getters: the object may have no prototype.
const setSize = Object.getOwnPropertyDescriptor(Set.prototype, 'size').get;
const mapSize = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;
const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function getEmptyFormatArray() {
  return [];
}

function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

// The toStringTag, unless it is an own (enumerable) property printed anyway.
function getTag(value, ctx) {
  let tag;
  try {
    tag = value[Symbol.toStringTag];
  } catch {
    return '';
  }
  if (typeof tag !== 'string') return '';
  if (tag !== '' && (ctx.showHidden ? Object.prototype.hasOwnProperty : Object.prototype.propertyIsEnumerable)
    .call(value, Symbol.toStringTag)) {
    return '';
  }
  return tag;
}

// Kinds with iteration: arrays, Sets, Maps, typed arrays, Map/Set iterators.
// Returns undefined for other objects.
function describeIterable(ctx, value, constructor, tag, hasProto) {
  if (Array.isArray(value)) {
    const prefix = (constructor !== 'Array' || tag !== '') ?
      getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
    const keys = getOwnNonIndexProperties(value, ctx.showHidden);
    const braces = [`${prefix}[`, ']'];
    if (value.length === 0 && keys.length === 0 && !hasProto) return { done: `${braces[0]}]` };
    return { keys, braces, extrasType: kArrayExtrasType, formatter: C.formatArray };
  }
  if (types.isSet(value)) {
    const size = setSize.call(value);
    const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
    const keys = getKeys(value, ctx.showHidden);
    const set = constructor !== null ? value : Set.prototype.values.call(value);
    if (size === 0 && keys.length === 0 && !hasProto) return { done: `${prefix}{}` };
    return { keys, braces: [`${prefix}{`, '}'], formatter: C.formatSet.bind(null, constructor !== null ? value : new Set(set)) };
  }
  if (types.isMap(value)) {
    const size = mapSize.call(value);
    const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
    const keys = getKeys(value, ctx.showHidden);
    if (size === 0 && keys.length === 0 && !hasProto) return { done: `${prefix}{}` };
    const map = constructor !== null ? value : new Map(Map.prototype.entries.call(value));
    return { keys, braces: [`${prefix}{`, '}'], formatter: C.formatMap.bind(null, map) };
  }
  if (types.isTypedArray(value)) {
    const keys = getOwnNonIndexProperties(value, ctx.showHidden);
    let bound = value;
    let fallback = '';
    if (constructor === null) {
      fallback = types.typedArrayName(value);
      bound = new globalThis[fallback](value);
    }
    const size = value.length;
    const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
    const braces = [`${prefix}[`, ']'];
    if (value.length === 0 && keys.length === 0 && !ctx.showHidden) return { done: `${braces[0]}]` };
    return { keys, braces, extrasType: kArrayExtrasType, formatter: C.formatTypedArray.bind(null, bound, size) };
  }
  if (types.isMapIterator(value) || types.isSetIterator(value)) {
    const braces = getIteratorBraces(types.isMapIterator(value) ? 'Map' : 'Set', tag);
    return { keys: getKeys(value, ctx.showHidden), braces, formatter: C.formatIterator.bind(null, braces) };
  }
  return undefined;
}

// Everything else: plain objects, functions, RegExps, Dates, errors, buffers,
// promises, weak collections, boxed primitives, class instances.
function describeObject(ctx, value, constructor, tag, recurseTimes, typedArray, hasProto) {
  const keys = getKeys(value, ctx.showHidden);
  const braces = ['{', '}'];
  let formatter = getEmptyFormatArray;
  let base = '';
  let extrasType = kObjectType;
  const empty = keys.length === 0 && !hasProto;
  if (typeof value === 'function') {
    base = getFunctionBase(value, constructor, tag);
    if (empty) return { done: ctx.stylize(base, 'special') };
  } else if (constructor === 'Object') {
    // Node 20 lists arguments objects with their index keys, like objects.
    if (types.isArgumentsObject(value)) braces[0] = '[Arguments] {';
    else if (tag !== '') braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
    if (empty) return { done: `${braces[0]}}` };
  } else if (types.isRegExp(value)) {
    base = RegExp.prototype.toString.call(constructor !== null ? value : new RegExp(value));
    const prefix = getPrefix(constructor, tag, 'RegExp');
    if (prefix !== 'RegExp ') base = `${prefix}${base}`;
    if (empty || (ctx.depth !== null && recurseTimes > ctx.depth)) return { done: ctx.stylize(base, 'regexp') };
  } else if (types.isDate(value)) {
    const time = Date.prototype.getTime.call(value);
    base = Number.isNaN(time) ? Date.prototype.toString.call(value) : Date.prototype.toISOString.call(value);
    const prefix = getPrefix(constructor, tag, 'Date');
    if (prefix !== 'Date ') base = `${prefix}${base}`;
    if (empty) return { done: ctx.stylize(base, 'date') };
  } else if (types.isErrorObject(value) || value instanceof Error) {
    base = formatError(value, constructor, tag, ctx, keys, getPrefix);
    if (keys.length === 0 && !hasProto) return { done: base };
  } else if (types.isAnyArrayBuffer(value)) {
    const prefix = getPrefix(constructor, tag, types.isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer');
    if (typedArray === undefined) {
      formatter = C.formatArrayBuffer;
    } else if (empty) {
      return { done: `${prefix}{ byteLength: ${formatNumber(ctx.stylize, value.byteLength, false)} }` };
    }
    braces[0] = `${prefix}{`;
    keys.unshift('byteLength');
  } else if (types.isDataView(value)) {
    braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
    keys.unshift('byteLength', 'byteOffset', 'buffer');
  } else if (types.isPromise(value)) {
    braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
    formatter = C.formatPromise;
  } else if (types.isWeakSet(value) || types.isWeakMap(value)) {
    braces[0] = `${getPrefix(constructor, tag, types.isWeakSet(value) ? 'WeakSet' : 'WeakMap')}{`;
    if (!ctx.showHidden) formatter = C.formatWeakCollection;
    else formatter = types.isWeakSet(value) ? C.formatWeakSet : C.formatWeakMap;
  } else if (types.isModuleNamespaceObject(value)) {
    braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
  } else if (types.isBoxedPrimitive(value)) {
    base = getBoxedBase(value, ctx, keys, constructor, tag);
    if (keys.length === 0 && !hasProto) return { done: base };
  } else {
    if (empty) return { done: `${getPrefix(constructor, tag, 'Object')}{}` };
    braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
  }
  return { keys, braces, formatter, base, extrasType };
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  let protoProps;
  if (ctx.showHidden && (ctx.depth === null || recurseTimes <= ctx.depth)) protoProps = [];
  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;
  const hasProto = protoProps !== undefined;
  const tag = getTag(value, ctx);
  let d;
  if (Symbol.iterator in value || constructor === null) d = describeIterable(ctx, value, constructor, tag, hasProto);
  d ??= describeObject(ctx, value, constructor, tag, recurseTimes, typedArray, hasProto);
  if (d.done !== undefined) return d.done;
  const { keys, braces, formatter } = d;
  const extrasType = d.extrasType ?? kObjectType;
  let base = d.base ?? '';

  if (ctx.depth !== null && recurseTimes > ctx.depth) {
    let name = getPrefix(constructor, tag, 'Object').slice(0, -1);
    if (constructor !== null) name = `[${name}]`;
    return ctx.stylize(name, 'special');
  }
  recurseTimes += 1;
  const indentationLvl = ctx.indentationLvl;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (const key of keys) output.push(formatProperty(ctx, value, recurseTimes, key, extrasType));
    if (protoProps !== undefined) output.push(...protoProps);
  } catch (err) {
    if (!isStackOverflow(err)) throw err;
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    const name = getPrefix(constructor, tag, 'Object').slice(0, -1);
    return ctx.stylize(`[${name}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`, 'special');
  }
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) base = base === '' ? reference : `${reference} ${base}`;
      else braces[0] = `${reference} ${braces[0]}`;
    }
  }
  ctx.seen.pop();
  if (ctx.sorted) output = sortOutput(ctx, output, keys, extrasType);
  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  const newLength = (ctx.budget[ctx.indentationLvl] || 0) + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  // Stop descending once the output gets huge (2^27 characters), as Node does.
  if (newLength > 2 ** 27) ctx.depth = -1;
  return res;
}

// QuickJS reports a deep recursion as InternalError "stack overflow", V8 as
// RangeError "Maximum call stack size exceeded".
function isStackOverflow(err) {
  return err !== null && typeof err === 'object' &&
    (err.name === 'InternalError' || err instanceof RangeError) &&
    /stack overflow|call stack/i.test(err.message);
}

function sortOutput(ctx, output, keys, extrasType) {
  const comparator = ctx.sorted === true ? undefined : ctx.sorted;
  if (extrasType === kObjectType) return output.sort(comparator);
  if (keys.length > 1) {
    const sorted = output.slice(output.length - keys.length).sort(comparator);
    output.splice(output.length - keys.length, keys.length, ...sorted);
  }
  return output;
}

function formatGetter(ctx, desc, original, recurseTimes) {
  const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
  const s = ctx.stylize;
  const wanted = ctx.getters && (ctx.getters === true ||
    (ctx.getters === 'get' && desc.set === undefined) ||
    (ctx.getters === 'set' && desc.set !== undefined));
  if (!wanted) return s(`[${label}]`, 'special');
  try {
    const tmp = desc.get.call(original);
    ctx.indentationLvl += 2;
    let str;
    if (tmp === null) str = `${s(`[${label}:`, 'special')} ${s('null', 'null')}${s(']', 'special')}`;
    else if (typeof tmp === 'object') str = `${s(`[${label}]`, 'special')} ${formatValue(ctx, tmp, recurseTimes)}`;
    else str = `${s(`[${label}:`, 'special')} ${formatPrimitive(s, tmp, ctx)}${s(']', 'special')}`;
    ctx.indentationLvl -= 2;
    return str;
  } catch (err) {
    return `${s(`[${label}:`, 'special')} <Inspection threw (${err.message})>${s(']', 'special')}`;
  }
}

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let str;
  let extra = ' ';
  desc = desc || Object.getOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    str = formatGetter(ctx, desc, original, recurseTimes);
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  let name;
  if (typeof key === 'symbol') {
    name = `[${ctx.stylize(escapeKey(key.toString()), 'symbol')}]`;
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = `[${escapeKey(key)}]`;
  } else if (keyStrRegExp.test(key)) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(key), 'string');
  }
  return `${name}:${extra}${str}`;
}

module.exports = { formatRaw, formatProperty };
