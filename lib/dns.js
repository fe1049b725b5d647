'use strict';
// node:dns — lookup() and lookupService() through the system resolver
// (getaddrinfo/getnameinfo on libuv's thread pool). The c-ares based resolve*()
// family and Resolver are not provided.

const { DNSException, ErrnoException, codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS } } = require('internal/errors');
const { isIP } = require('internal/net/ip');
const { validateFunction, validatePort } = require('internal/net/validators');
const {
  cares,
  emitInvalidHostnameWarning,
  errorCodes,
  getDefaultResultOrder,
  orderCode,
  parseLookupOptions,
  setDefaultResultOrder,
} = require('internal/dns/utils');

class GetAddrInfoReqWrap {}
class GetNameInfoReqWrap {}

function onlookup(err, addresses) {
  if (err) return this.callback(new DNSException(err, 'getaddrinfo', this.hostname));
  this.callback(null, addresses[0], this.family || isIP(addresses[0]));
}

function onlookupall(err, addresses) {
  if (err) return this.callback(new DNSException(err, 'getaddrinfo', this.hostname));
  const family = this.family;
  for (let i = 0; i < addresses.length; i++) {
    addresses[i] = { address: addresses[i], family: family || isIP(addresses[i]) };
  }
  this.callback(null, addresses);
}

function lookup(hostname, options, callback) {
  if (typeof options === 'function') callback = options;
  const { family, hints, all, order } = parseLookupOptions(hostname, options, callback, true, arguments.length);
  if (!hostname) {
    emitInvalidHostnameWarning(hostname);
    if (all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, family === 6 ? 6 : 4);
    return {};
  }
  const matchedFamily = isIP(hostname);
  if (matchedFamily) {
    if (all) process.nextTick(callback, null, [{ address: hostname, family: matchedFamily }]);
    else process.nextTick(callback, null, hostname, matchedFamily);
    return {};
  }
  const req = new GetAddrInfoReqWrap();
  req.callback = callback;
  req.family = family;
  req.hostname = hostname;
  req.oncomplete = all ? onlookupall : onlookup;
  const err = cares.getaddrinfo(req, hostname, family, hints, orderCode(order));
  if (err) {
    process.nextTick(callback, new DNSException(err, 'getaddrinfo', hostname));
    return {};
  }
  return req;
}
Object.defineProperty(lookup, Symbol.for('nodejs.util.promisify.customArgs'), {
  value: ['address', 'family'], enumerable: false,
});

function onlookupservice(err, hostname, service) {
  if (err) return this.callback(new DNSException(err, 'getnameinfo', this.hostname));
  this.callback(null, hostname, service);
}

function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  // As Node: no type check, isIP() decides (127 is not an address).
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  validateFunction(callback, 'callback');
  port = +port;
  const req = new GetNameInfoReqWrap();
  req.callback = callback;
  req.hostname = address;
  req.port = port;
  req.oncomplete = onlookupservice;
  const err = cares.getnameinfo(req, address, port);
  if (err) throw new ErrnoException(err, 'getnameinfo', address);
  return req;
}
Object.defineProperty(lookupService, Symbol.for('nodejs.util.promisify.customArgs'), {
  value: ['hostname', 'service'], enumerable: false,
});

let promises;

module.exports = {
  lookup,
  lookupService,
  getDefaultResultOrder,
  setDefaultResultOrder,
  ADDRCONFIG: cares.AI_ADDRCONFIG,
  ALL: cares.AI_ALL,
  V4MAPPED: cares.AI_V4MAPPED,
  ...errorCodes,
};
Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    if (promises === undefined) promises = require('dns/promises');
    return promises;
  },
});
