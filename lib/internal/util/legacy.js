'use strict';
// The smaller parts of node:util: the legacy is* predicates, util.log, _extend,
// debuglog (NODE_DEBUG), styleText and aborted.

const { codes } = require('internal/errors');
const { colors } = require('internal/util/inspect_primitives');

const isBoolean = (arg) => typeof arg === 'boolean';
const isBuffer = (arg) => globalThis.Buffer !== undefined && Buffer.isBuffer(arg);
const isNull = (arg) => arg === null;
const isNullOrUndefined = (arg) => arg === null || arg === undefined;
const isNumber = (arg) => typeof arg === 'number';
const isString = (arg) => typeof arg === 'string';
const isSymbol = (arg) => typeof arg === 'symbol';
const isUndefined = (arg) => arg === undefined;
const isObject = (arg) => arg !== null && typeof arg === 'object';
const isFunction = (arg) => typeof arg === 'function';
const isPrimitive = (arg) => arg === null || (typeof arg !== 'object' && typeof arg !== 'function');
function isError(e) {
  return require('internal/util/types').isErrorObject(e) || e instanceof Error;
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n) => String(n).padStart(2, '0');
function log(...args) {
  const d = new Date();
  const time = [pad(d.getHours()), pad(d.getMinutes()), pad(d.getSeconds())].join(':');
  const { format } = require('internal/util/inspect');
  process.stdout.write(`${d.getDate()} ${months[d.getMonth()]} ${time} - ${format(...args)}\n`);
}

// NODE_DEBUG=a,b* as a case-insensitive pattern over section names. Node reads the
// variable at start-up, so later changes to process.env do not count; read it when
// util first loads, which is as close as a lazily loaded module gets.
const debugPattern = (() => {
  const env = process.env.NODE_DEBUG;
  if (!env) return null;
  const list = env.trim().split(/[\s,]+/).filter(Boolean)
    .map((s) => s.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*'));
  return new RegExp(`^(${list.join('|')})$`, 'i');
})();

function debugEnabled(section) {
  return debugPattern !== null && debugPattern.test(section);
}

function debuglog(set, cb) {
  let impl;
  const section = String(set).toUpperCase();
  function init() {
    if (impl !== undefined) return;
    if (debugEnabled(section)) {
      const pid = process.pid;
      impl = (...args) => {
        const { formatWithOptions } = require('internal/util/inspect');
        process.stderr.write(`${section} ${pid}: ${formatWithOptions({ colors: false }, ...args)}\n`);
      };
    } else {
      impl = null;
    }
    if (typeof cb === 'function') cb(impl ?? (() => {}));
  }
  const logger = (...args) => {
    init();
    if (impl) impl(...args);
  };
  Object.defineProperty(logger, 'enabled', {
    get() { init(); return impl !== null; },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

// Node's internal/util/colors shouldColorize: FORCE_COLOR decides through the
// terminal color rules, whatever the stream is; else a terminal with colors.
function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) return require('internal/tty').getColorDepth() > 2;
  if (!stream || !stream.isTTY) return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

function checkFormat(key) {
  if (colors[key] != null) return colors[key];
  const allowed = Object.keys(colors).map((k) => `'${k}'`).join(', ');
  const { inspect } = require('internal/util/inspect');
  const err = new codes.ERR_INVALID_ARG_VALUE('format', key, `must be one of: ${allowed}`);
  err.message = `The argument 'format' must be one of: ${allowed}. Received ${inspect(key)}`;
  throw err;
}

// Node 20 colours an array of formats always, and a single format only when the
// stream takes colours.
function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  if (typeof text !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('text', 'string', text);
  if (typeof validateStream !== 'boolean') {
    throw new codes.ERR_INVALID_ARG_TYPE('options.validateStream', 'boolean', validateStream);
  }
  if (Array.isArray(format)) {
    let left = '';
    let right = '';
    for (const key of format) {
      const codesOf = checkFormat(key);
      left += `\u001b[${codesOf[0]}m`;
      right = `\u001b[${codesOf[1]}m${right}`;
    }
    return `${left}${text}${right}`;
  }
  const codesOf = checkFormat(format);
  if (validateStream && (!stream || !shouldColorize(stream))) return text;
  return `\u001b[${codesOf[0]}m${text}\u001b[${codesOf[1]}m`;
}

async function aborted(signal, resource) {
  if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    throw new codes.ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw new codes.ERR_INVALID_ARG_TYPE('resource', 'object', resource);
  }
  if (signal.aborted) return undefined;
  return new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

module.exports = {
  isBoolean, isBuffer, isNull, isNullOrUndefined, isNumber, isString, isSymbol,
  isUndefined, isObject, isFunction, isPrimitive, isError, _extend, log, debuglog,
  styleText, aborted, shouldColorize,
};
