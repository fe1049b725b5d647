'use strict';
// node:dns/promises — lookup() and lookupService() returning promises.

const { DNSException, ErrnoException, codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS } } = require('internal/errors');
const { isIP } = require('internal/net/ip');
const { validatePort } = require('internal/net/validators');
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
  if (err) {
    this.reject(new DNSException(err, 'getaddrinfo', this.hostname));
    return;
  }
  const family = this.family || isIP(addresses[0]);
  this.resolve({ address: addresses[0], family });
}

function onlookupall(err, addresses) {
  if (err) {
    this.reject(new DNSException(err, 'getaddrinfo', this.hostname));
    return;
  }
  const family = this.family;
  this.resolve(addresses.map((address) => ({ address, family: family || isIP(address) })));
}

function lookup(hostname, options) {
  const { family, hints, all, order } = parseLookupOptions(hostname, options, undefined, false);
  if (!hostname) {
    emitInvalidHostnameWarning(hostname);
    return Promise.resolve(all ? [] : { address: null, family: family === 6 ? 6 : 4 });
  }
  const matchedFamily = isIP(hostname);
  if (matchedFamily !== 0) {
    const result = { address: hostname, family: matchedFamily };
    return Promise.resolve(all ? [result] : result);
  }
  return new Promise((resolve, reject) => {
    const req = new GetAddrInfoReqWrap();
    req.family = family;
    req.hostname = hostname;
    req.oncomplete = all ? onlookupall : onlookup;
    req.resolve = resolve;
    req.reject = reject;
    const err = cares.getaddrinfo(req, hostname, family, hints, orderCode(order));
    if (err) reject(new DNSException(err, 'getaddrinfo', hostname));
  });
}

function onlookupservice(err, hostname, service) {
  if (err) {
    this.reject(new DNSException(err, 'getnameinfo', this.host));
    return;
  }
  this.resolve({ hostname, service });
}

function lookupService(address, port) {
  if (arguments.length !== 2) throw new ERR_MISSING_ARGS('address', 'port');
  // As Node: no type check, isIP() decides (127 is not an address).
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  return new Promise((resolve, reject) => {
    const req = new GetNameInfoReqWrap();
    req.host = address;
    req.port = port;
    req.oncomplete = onlookupservice;
    req.resolve = resolve;
    req.reject = reject;
    const err = cares.getnameinfo(req, address, +port);
    if (err) reject(new ErrnoException(err, 'getnameinfo', address));
  });
}

module.exports = {
  lookup,
  lookupService,
  getDefaultResultOrder,
  setDefaultResultOrder,
  ...errorCodes,
};
