'use strict';
// util.inspect for primitives: string quoting and escaping, numbers (with -0 and the
// numericSeparator option), bigints, symbols; and the colour tables.

// Node's escape table for C0/C1 controls, the single quote and the backslash.
const meta = [];
for (let i = 0; i < 0xa0; i++) {
  meta.push(i < 0x20 || (i >= 0x7f && i < 0xa0) ? `\\x${i.toString(16).toUpperCase().padStart(2, '0')}` : '');
}
meta[8] = '\\b';
meta[9] = '\\t';
meta[10] = '\\n';
meta[12] = '\\f';
meta[13] = '\\r';
meta[39] = "\\'";
meta[92] = '\\\\';

const escapeTestSingle = /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const escapeAllSingle = new RegExp(escapeTestSingle.source, 'g');
const escapeTestOther = /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const escapeAllOther = new RegExp(escapeTestOther.source, 'g');

function escapeFn(ch) {
  const code = ch.charCodeAt(0);
  return code < meta.length ? meta[code] : `\\u${code.toString(16)}`;
}

const kSingle = 39;
const kDouble = -1;
const kBacktick = -2;

function addQuotes(str, quote) {
  if (quote === kDouble) return `"${str}"`;
  if (quote === kBacktick) return `\`${str}\``;
  return `'${str}'`;
}

// Single quotes unless the string has one; then double quotes, then backticks,
// and only when all three occur are single quotes escaped.
function strEscape(str) {
  let quote = kSingle;
  let test = escapeTestSingle;
  let all = escapeAllSingle;
  if (str.includes("'")) {
    if (!str.includes('"')) quote = kDouble;
    else if (!str.includes('`') && !str.includes('${')) quote = kBacktick;
    if (quote !== kSingle) {
      test = escapeTestOther;
      all = escapeAllOther;
    }
  }
  if (!test.test(str)) return addQuotes(str, quote);
  return addQuotes(str.replace(all, escapeFn), quote);
}

// Escapes a key or symbol description the way property names are shown.
function escapeKey(str) {
  return str.replace(escapeAllSingle, escapeFn);
}

function addNumericSeparator(intStr) {
  let result = '';
  let i = intStr.length;
  const start = intStr.startsWith('-') ? 1 : 0;
  for (; i >= start + 4; i -= 3) result = `_${intStr.slice(i - 3, i)}${result}`;
  return i === intStr.length ? intStr : `${intStr.slice(0, i)}${result}`;
}

function addNumericSeparatorEnd(fraction) {
  let result = '';
  let i = 0;
  for (; i < fraction.length - 3; i += 3) result += `${fraction.slice(i, i + 3)}_`;
  return i === 0 ? fraction : `${result}${fraction.slice(i)}`;
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    // `${-0}` is '0'; 1 / -0 is -Infinity. (Cheaper than Object.is: a global lookup
    // and a call, for every number.)
    if (number === 0 && 1 / number < 0) return fn('-0', 'number');
    return fn(`${number}`, 'number');
  }
  // As Node 20: split String(number) at its '.', keeping the sign of -0.x (and, like
  // Node, an exponent form without '.' such as 1e-7 comes out oddly: '1e-.1e-_7').
  const string = String(number);
  if (Math.trunc(number) === number) {
    if (!Number.isFinite(number) || string.includes('e')) return fn(string, 'number');
    return fn(addNumericSeparator(string), 'number');
  }
  if (Number.isNaN(number)) return fn(string, 'number');
  const dot = string.indexOf('.');
  return fn(`${addNumericSeparator(string.slice(0, dot))}.${addNumericSeparatorEnd(string.slice(dot + 1))}`, 'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  const string = String(bigint);
  if (!numericSeparator) return fn(`${string}n`, 'bigint');
  return fn(`${addNumericSeparator(string)}n`, 'bigint');
}

// util.inspect.defaultOptions. Here rather than in inspect.js so util.format can
// read numericSeparator without loading all of inspect.
const inspectDefaultOptions = Object.seal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

const kMinLineWidth = 16;

function formatPrimitive(fn, value, ctx) {
  switch (typeof value) {
    case 'string': return formatString(fn, value, ctx);
    case 'number': return formatNumber(fn, value, ctx.numericSeparator);
    case 'bigint': return formatBigInt(fn, value, ctx.numericSeparator);
    case 'boolean': return fn(`${value}`, 'boolean');
    case 'undefined': return fn('undefined', 'undefined');
    default: return fn(value.toString(), 'symbol');
  }
}

// Long strings that do not fit on the line are split after each newline.
function formatString(fn, value, ctx) {
  let trailer = '';
  if (value.length > ctx.maxStringLength) {
    const remaining = value.length - ctx.maxStringLength;
    value = value.slice(0, ctx.maxStringLength);
    trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
  }
  if (ctx.compact !== true && value.length > kMinLineWidth &&
      value.length > ctx.breakLength - ctx.indentationLvl - 4) {
    return value.split(/(?<=\n)/)
      .map((line) => fn(strEscape(line), 'string'))
      .join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
  }
  return fn(strEscape(value), 'string') + trailer;
}

const colors = {
  __proto__: null,
  reset: [0, 0], bold: [1, 22], dim: [2, 22], italic: [3, 23], underline: [4, 24],
  blink: [5, 25], inverse: [7, 27], hidden: [8, 28], strikethrough: [9, 29],
  doubleunderline: [21, 24], black: [30, 39], red: [31, 39], green: [32, 39],
  yellow: [33, 39], blue: [34, 39], magenta: [35, 39], cyan: [36, 39], white: [37, 39],
  bgBlack: [40, 49], bgRed: [41, 49], bgGreen: [42, 49], bgYellow: [43, 49],
  bgBlue: [44, 49], bgMagenta: [45, 49], bgCyan: [46, 49], bgWhite: [47, 49],
  framed: [51, 54], overlined: [53, 55], gray: [90, 39], redBright: [91, 39],
  greenBright: [92, 39], yellowBright: [93, 39], blueBright: [94, 39],
  magentaBright: [95, 39], cyanBright: [96, 39], whiteBright: [97, 39],
  bgGray: [100, 49], bgRedBright: [101, 49], bgGreenBright: [102, 49],
  bgYellowBright: [103, 49], bgBlueBright: [104, 49], bgMagentaBright: [105, 49],
  bgCyanBright: [106, 49], bgWhiteBright: [107, 49],
};

// Aliases are non-enumerable accessors, as in Node, so Object.keys(colors) lists
// only the canonical names.
function defineColorAlias(target, alias) {
  Object.defineProperty(colors, alias, {
    get() { return this[target]; },
    set(value) { this[target] = value; },
    configurable: true,
    enumerable: false,
  });
}
for (const [alias, target] of [
  ['gray', 'grey'], ['gray', 'blackBright'], ['bgGray', 'bgGrey'], ['bgGray', 'bgBlackBright'],
  ['dim', 'faint'], ['strikethrough', 'crossedout'], ['strikethrough', 'strikeThrough'],
  ['strikethrough', 'crossedOut'], ['hidden', 'conceal'], ['inverse', 'swapColors'],
  ['inverse', 'swapcolors'], ['doubleunderline', 'doubleUnderline'],
]) {
  defineColorAlias(alias, target);
}

const styles = {
  __proto__: null,
  special: 'cyan', number: 'yellow', bigint: 'yellow', boolean: 'yellow',
  undefined: 'grey', null: 'bold', string: 'green', symbol: 'green',
  date: 'magenta', regexp: 'red', module: 'underline',
};

function stylizeWithColor(str, styleType) {
  const style = styles[styleType];
  if (style !== undefined) {
    const color = colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

module.exports = {
  strEscape, escapeKey, formatNumber, formatBigInt, formatPrimitive,
  colors, styles, stylizeWithColor, stylizeNoColor, inspectDefaultOptions,
};
