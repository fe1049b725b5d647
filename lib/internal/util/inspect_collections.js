'use strict';
// util.inspect formatters for the entries of arrays, typed arrays, ArrayBuffers,
// Sets, Maps, their iterators, promises and weak collections. Each returns the list
// of formatted entries; the caller adds the properties and does the layout.

const binding = internalBinding('util');
const { formatNumber, formatBigInt } = require('internal/util/inspect_primitives');
const { kArrayType, kArrayExtrasType, reduceToSingleString } = require('internal/util/inspect_layout');

let core;
function lazyCore() {
  core ??= require('internal/util/inspect');
  return core;
}

function remainingText(remaining) {
  return `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
}

const numberRegExp = /^(0|[1-9][0-9]*)$/;

function emptyItems(ctx, count) {
  return ctx.stylize(`<${count} empty item${count > 1 ? 's' : ''}>`, 'undefined');
}

// Arrays with holes: runs of missing indices become "<N empty items>".
function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
  const { formatProperty } = lazyCore();
  const keys = Object.keys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const num = +key;
    if (num > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!numberRegExp.test(key)) break;
      output.push(emptyItems(ctx, num - index));
      index = num;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) output.push(emptyItems(ctx, remaining));
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function formatArray(ctx, value, recurseTimes) {
  const { formatProperty } = lazyCore();
  const length = value.length;
  const len = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const output = [];
  for (let i = 0; i < len; i++) {
    if (!Object.prototype.hasOwnProperty.call(value, i)) {
      return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
    }
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (length - len > 0) output.push(remainingText(length - len));
  return output;
}

function formatTypedArray(value, length, ctx, ignored, recurseTimes) {
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = value.length - maxLength;
  const output = new Array(maxLength);
  const elementFormatter = value.length > 0 && typeof value[0] === 'number' ? formatNumber : formatBigInt;
  for (let i = 0; i < maxLength; ++i) output[i] = elementFormatter(ctx.stylize, value[i], ctx.numericSeparator);
  if (remaining > 0) output[maxLength] = remainingText(remaining);
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      output.push(`[${key}]: ${lazyCore().formatValue(ctx, value[key], recurseTimes, true)}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function hexPairs(bytes, count) {
  let out = '';
  for (let i = 0; i < count; i++) {
    if (i > 0) out += ' ';
    out += bytes[i].toString(16).padStart(2, '0');
  }
  return out;
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  let str = hexPairs(bytes, Math.min(ctx.maxArrayLength, bytes.length));
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

function formatSet(value, ctx, ignored, recurseTimes) {
  const { formatValue } = lazyCore();
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), value.size);
  const remaining = value.size - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const v of value) {
    if (i >= maxLength) break;
    output.push(formatValue(ctx, v, recurseTimes));
    i++;
  }
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(value, ctx, ignored, recurseTimes) {
  const { formatValue } = lazyCore();
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), value.size);
  const remaining = value.size - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const [k, v] of value) {
    if (i >= maxLength) break;
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    i++;
  }
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

// Weak collections list their entries sorted, as their order means nothing.
function formatSetIterInner(ctx, recurseTimes, entries, weak = false) {
  const { formatValue } = lazyCore();
  const maxLength = Math.min(Math.max(ctx.maxArrayLength, 0), entries.length);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) output[i] = formatValue(ctx, entries[i], recurseTimes);
  ctx.indentationLvl -= 2;
  if (weak && !ctx.sorted) output.sort();
  const remaining = entries.length - maxLength;
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

function formatMapIterInner(ctx, recurseTimes, entries, weak = false) {
  const { formatValue } = lazyCore();
  const len = entries.length / 2;
  const maxLength = Math.min(Math.max(ctx.maxArrayLength, 0), len);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) {
    const key = formatValue(ctx, entries[i * 2], recurseTimes);
    const value = formatValue(ctx, entries[i * 2 + 1], recurseTimes);
    output[i] = weak ? `${key} => ${value}` :
      reduceToSingleString(ctx, [key, value], '', ['[', ']'], kArrayExtrasType, recurseTimes);
  }
  ctx.indentationLvl -= 2;
  if (weak && !ctx.sorted) output.sort();
  if (len - maxLength > 0) output.push(remainingText(len - maxLength));
  return output;
}

// Map/Set iterators show what they have left, without consuming it.
function formatIterator(braces, ctx, value, recurseTimes) {
  const [entries, isKeyValue] = binding.previewIteratorEntries(value);
  if (isKeyValue) {
    braces[0] = braces[0].replace(/ Iterator] {$/, ' Entries] {');
    return formatMapIterInner(ctx, recurseTimes, entries);
  }
  return formatSetIterInner(ctx, recurseTimes, entries);
}

function formatPromise(ctx, value, recurseTimes) {
  const [state, result] = binding.getPromiseDetails(value);
  if (state === 0) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const str = lazyCore().formatValue(ctx, result, recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === 2 ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

// showHidden: the live entries.
function formatWeakSet(ctx, value, recurseTimes) {
  return formatSetIterInner(ctx, recurseTimes, binding.previewWeakEntries(value), true);
}

function formatWeakMap(ctx, value, recurseTimes) {
  return formatMapIterInner(ctx, recurseTimes, binding.previewWeakEntries(value), true);
}

module.exports = {
  formatArray, formatTypedArray, formatArrayBuffer, formatSet, formatMap,
  formatIterator, formatPromise, formatWeakCollection, formatWeakSet, formatWeakMap, remainingText,
};
