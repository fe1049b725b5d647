'use strict';
// node:util

const { codes } = require('internal/errors');
const { inspect, format, formatWithOptions, stripVTControlCharacters } = require('internal/util/inspect');
const { promisify, callbackify } = require('internal/util/promisify');
const types = require('internal/util/types');
const legacy = require('internal/util/legacy');

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw new codes.ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw new codes.ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new codes.ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

// The comparison code loads on first use: most programs that load util never call it.
let comparisons;
function isDeepStrictEqual(a, b) {
  comparisons ??= require('internal/util/comparisons');
  return comparisons.isDeepStrictEqual(a, b);
}

// Deprecation warnings are emitted once per function, and once per code.
const codesWarned = new Set();
function deprecate(fn, msg, code) {
  if (process.noDeprecation === true) return fn;
  if (code !== undefined && typeof code !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('code', 'string', code);
  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
          codesWarned.add(code);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

function getSystemErrorMap() {
  const raw = internalBinding('uv').getErrorMap();
  const map = new Map();
  for (const key of Object.keys(raw)) map.set(-Number(key), raw[key]);
  return map;
}

function getSystemErrorName(err) {
  if (typeof err !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('err', 'number', err);
  if (err >= 0 || !Number.isSafeInteger(err)) throw new codes.ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  const entry = internalBinding('uv').getErrorMap()[-err];
  return entry ? entry[0] : `Unknown system error ${err}`;
}

function toUSVString(input) {
  return String(input).replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

// Used by old userland modules that build Node-shaped system errors.
function _errnoException(err, syscall, original) {
  const { ErrnoException } = require('internal/errors');
  return new ErrnoException(err, syscall, original);
}

function _exceptionWithHostPort(err, syscall, address, port, additional) {
  const { ExceptionWithHostPort } = require('internal/errors');
  return new ExceptionWithHostPort(err, syscall, address, port, additional);
}

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend: legacy._extend,
  callbackify,
  debug: legacy.debuglog,
  debuglog: legacy.debuglog,
  deprecate,
  format,
  styleText: legacy.styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean: legacy.isBoolean,
  isBuffer: legacy.isBuffer,
  isDeepStrictEqual,
  isNull: legacy.isNull,
  isNullOrUndefined: legacy.isNullOrUndefined,
  isNumber: legacy.isNumber,
  isString: legacy.isString,
  isSymbol: legacy.isSymbol,
  isUndefined: legacy.isUndefined,
  isRegExp: types.isRegExp,
  isObject: legacy.isObject,
  isDate: types.isDate,
  isError: legacy.isError,
  isFunction: legacy.isFunction,
  isPrimitive: legacy.isPrimitive,
  log: legacy.log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  aborted: legacy.aborted,
  types,
};

// Loaded on first use so util does not depend on the encoding and argument-parsing
// modules at start-up.
function defineLazy(name, load) {
  Object.defineProperty(module.exports, name, {
    configurable: true,
    enumerable: true,
    get() {
      const value = load();
      Object.defineProperty(module.exports, name, { value, writable: true, configurable: true, enumerable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(module.exports, name, { value, writable: true, configurable: true, enumerable: true });
    },
  });
}
defineLazy('TextEncoder', () => require('internal/encoding').TextEncoder);
defineLazy('TextDecoder', () => require('internal/encoding').TextDecoder);
defineLazy('parseArgs', () => require('internal/util/parse_args').parseArgs);
defineLazy('parseEnv', () => require('internal/util/parse_env').parseEnv);
defineLazy('MIMEType', () => require('internal/util/mime').MIMEType);
defineLazy('MIMEParams', () => require('internal/util/mime').MIMEParams);
