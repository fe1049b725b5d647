'use strict';
// Shared by dns and dns/promises: argument parsing for lookup(), the result order
// setting and the error code constants.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateNumber,
  validateOneOf,
  validateString,
} = require('internal/net/validators');
const cares = internalBinding('cares_wrap');

const validFamilies = [0, 4, 6];
const validOrders = ['verbatim', 'ipv4first', 'ipv6first'];
let defaultResultOrder = 'verbatim';

function getDefaultResultOrder() {
  return defaultResultOrder;
}

function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', validOrders);
  defaultResultOrder = order;
}

function validateHints(hints) {
  if ((hints & ~(cares.AI_ADDRCONFIG | cares.AI_ALL | cares.AI_V4MAPPED)) !== 0) {
    throw new ERR_INVALID_ARG_VALUE('hints', hints);
  }
}

// Parses lookup()'s options (a family number or an object) into
// { family, hints, all, order }. `callback` is validated when `needCallback`.
function parseLookupOptions(hostname, options, callback, needCallback, argc) {
  const out = { family: 0, hints: 0, all: false, order: defaultResultOrder };
  if (hostname) validateString(hostname, 'hostname');
  if (typeof options === 'function' && needCallback) return out;
  if (typeof options === 'number') {
    if (needCallback) validateFunction(callback, 'callback');
    validateOneOf(options, 'family', validFamilies);
    out.family = options;
    return out;
  }
  if (options !== undefined && (typeof options !== 'object')) {
    if (needCallback) validateFunction(argc === 2 ? options : callback, 'callback');
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  }
  if (needCallback) validateFunction(callback, 'callback');
  if (options?.hints != null) {
    validateNumber(options.hints, 'options.hints');
    out.hints = options.hints >>> 0;
    validateHints(out.hints);
  }
  if (options?.family != null) {
    switch (options.family) {
      case 'IPv4': out.family = 4; break;
      case 'IPv6': out.family = 6; break;
      default:
        validateOneOf(options.family, 'options.family', validFamilies);
        out.family = options.family;
    }
  }
  if (options?.all != null) {
    validateBoolean(options.all, 'options.all');
    out.all = options.all;
  }
  if (options?.verbatim != null) {
    validateBoolean(options.verbatim, 'options.verbatim');
    out.order = options.verbatim ? 'verbatim' : 'ipv4first';
  }
  if (options?.order != null) {
    validateOneOf(options.order, 'options.order', validOrders);
    out.order = options.order;
  }
  return out;
}

function orderCode(order) {
  if (order === 'ipv4first') return cares.DNS_ORDER_IPV4_FIRST;
  if (order === 'ipv6first') return cares.DNS_ORDER_IPV6_FIRST;
  return cares.DNS_ORDER_VERBATIM;
}

let invalidHostnameWarned = false;
function emitInvalidHostnameWarning(hostname) {
  if (invalidHostnameWarned) return;
  invalidHostnameWarned = true;
  process.emitWarning(
    `The provided hostname "${hostname}" is not a valid hostname, and is supported in the dns module solely for compatibility.`,
    'DeprecationWarning', 'DEP0118');
}

// c-ares error codes, exported by node:dns as constants.
const errorCodes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP', REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM', DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS', NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI', ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
};

module.exports = {
  cares,
  emitInvalidHostnameWarning,
  errorCodes,
  getDefaultResultOrder,
  orderCode,
  parseLookupOptions,
  setDefaultResultOrder,
};
