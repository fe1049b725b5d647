'use strict';
// Client connection setup for net.Socket: argument normalization, DNS lookup,
// binding a local address, the connect request, and happy eyeballs
// (autoSelectFamily: alternate IPv6/IPv4 attempts, each with its own timeout).

const { TCP, constants: TCPConstants } = internalBinding('tcp_wrap');
const { UV_ECANCELED, UV_EADDRINUSE } = internalBinding('uv');
const {
  ExceptionWithHostPort,
  NodeAggregateError,
  codes: {
    ERR_INVALID_ADDRESS_FAMILY,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_IP_ADDRESS,
    ERR_SOCKET_CONNECTION_TIMEOUT,
  },
} = require('internal/errors');
const { isIP } = require('internal/net/ip');
const {
  validateBoolean,
  validateFunction,
  validateInt32,
  validateNumber,
  validatePort,
} = require('internal/net/validators');
const {
  kSetNoDelay,
  kSetKeepAlive,
  kSetKeepAliveInitialDelay,
  kReinitializeHandle,
  normalizedArgsSymbol,
} = require('internal/net/symbols');
const { owner_symbol } = require('internal/stream_base_commons');

// Connect requests are plain objects; the native side only needs `oncomplete`.
class TCPConnectWrap {}
class PipeConnectWrap {}

const DEFAULT_IPV4_ADDR = '0.0.0.0';
const DEFAULT_IPV6_ADDR = '::';

let autoSelectFamilyDefault = true;
let autoSelectFamilyAttemptTimeoutDefault = 250;

function getDefaultAutoSelectFamily() {
  return autoSelectFamilyDefault;
}

function setDefaultAutoSelectFamily(value) {
  validateBoolean(value, 'value');
  autoSelectFamilyDefault = value;
}

function getDefaultAutoSelectFamilyAttemptTimeout() {
  return autoSelectFamilyAttemptTimeoutDefault;
}

function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);
  if (value < 10) value = 10;
  autoSelectFamilyAttemptTimeoutDefault = value;
}

function toNumber(x) {
  return (x = Number(x)) >= 0 ? x : false;
}

function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}

// ([port][, host][, cb]) | (path[, cb]) | (options[, cb]) -> [options, cb|null].
function normalizeArgs(args) {
  let arr;
  if (args.length === 0) {
    arr = [{}, null];
    arr[normalizedArgsSymbol] = true;
    return arr;
  }
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  arr = typeof cb !== 'function' ? [options, null] : [options, cb];
  arr[normalizedArgsSymbol] = true;
  return arr;
}

function socketToDnsFamily(family) {
  switch (family) {
    case 'IPv4': return 4;
    case 'IPv6': return 6;
  }
  return family;
}

function connectErrorNT(self, err) {
  self.destroy(err);
}

function lookupAndConnect(self, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port, autoSelectFamilyAttemptTimeout, autoSelectFamily } = options;

  if (localAddress && !isIP(localAddress)) throw new ERR_INVALID_IP_ADDRESS(localAddress);
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (typeof port !== 'undefined') {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  port |= 0;

  if (autoSelectFamily != null) validateBoolean(autoSelectFamily, 'options.autoSelectFamily');
  else autoSelectFamily = autoSelectFamilyDefault;
  if (autoSelectFamilyAttemptTimeout != null) {
    validateInt32(autoSelectFamilyAttemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
    if (autoSelectFamilyAttemptTimeout < 10) autoSelectFamilyAttemptTimeout = 10;
  } else {
    autoSelectFamilyAttemptTimeout = autoSelectFamilyAttemptTimeoutDefault;
  }

  // An IP address needs no lookup; connect on the next tick, when listeners exist.
  const addressType = isIP(host);
  if (addressType) {
    process.nextTick(() => {
      if (self.connecting) internalConnect(self, host, port, addressType, localAddress, localPort);
    });
    return;
  }

  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  const dns = require('dns');
  const dnsopts = { family: socketToDnsFamily(options.family), hints: options.hints || 0 };
  if (dnsopts.family !== 4 && dnsopts.family !== 6 && dnsopts.hints === 0) {
    dnsopts.hints = dns.ADDRCONFIG;
  }
  self._host = host;
  const lookup = options.lookup || dns.lookup;

  if (dnsopts.family !== 4 && dnsopts.family !== 6 && !localAddress && autoSelectFamily) {
    dnsopts.all = true;
    lookupAndConnectMultiple(self, lookup, host, options, dnsopts, port, localAddress, localPort,
                             autoSelectFamilyAttemptTimeout);
    return;
  }

  lookup(host, dnsopts, function emitLookup(err, ip, addressType) {
    self.emit('lookup', err, ip, addressType, host);
    // The socket may have been destroyed while the lookup ran.
    if (!self.connecting) return;
    if (err) {
      process.nextTick(connectErrorNT, self, err);
    } else if (!isIP(ip)) {
      process.nextTick(connectErrorNT, self, new ERR_INVALID_IP_ADDRESS(ip));
    } else if (addressType !== 4 && addressType !== 6) {
      process.nextTick(connectErrorNT, self,
                       new ERR_INVALID_ADDRESS_FAMILY(addressType, options.host, options.port));
    } else {
      self._unrefTimer();
      internalConnect(self, ip, port, addressType, localAddress, localPort);
    }
  });
}

function lookupAndConnectMultiple(self, lookup, host, options, dnsopts, port, localAddress,
                                  localPort, timeout) {
  lookup(host, dnsopts, function emitLookup(err, addresses) {
    if (!self.connecting) return;
    if (err) {
      self.emit('lookup', err, undefined, undefined, host);
      process.nextTick(connectErrorNT, self, err);
      return;
    }
    // Keep IPv4/IPv6 addresses, each once; the first valid one picks the family
    // that goes first in the alternation.
    const valid = [[], []];
    const seen = [[], []];
    let order;
    for (const address of addresses) {
      const { address: ip, family: addressType } = address;
      self.emit('lookup', err, ip, addressType, host);
      if (!self.connecting) return;
      if (isIP(ip) && (addressType === 4 || addressType === 6)) {
        order ||= addressType === 6 ? { 6: 0, 4: 1 } : { 4: 0, 6: 1 };
        const slot = order[addressType];
        if (!seen[slot].includes(ip)) {
          valid[slot].push(address);
          seen[slot].push(ip);
        }
      }
    }
    if (!valid[0].length && !valid[1].length) {
      const { address: firstIp, family: firstType } = addresses[0];
      if (!isIP(firstIp)) {
        process.nextTick(connectErrorNT, self, new ERR_INVALID_IP_ADDRESS(firstIp));
      } else if (firstType !== 4 && firstType !== 6) {
        process.nextTick(connectErrorNT, self,
                         new ERR_INVALID_ADDRESS_FAMILY(firstType, options.host, options.port));
      }
      return;
    }
    const toAttempt = [];
    for (let i = 0, l = Math.max(valid[0].length, valid[1].length); i < l; i++) {
      if (i in valid[0]) toAttempt.push(valid[0][i]);
      if (i in valid[1]) toAttempt.push(valid[1][i]);
    }
    self._unrefTimer();
    if (toAttempt.length === 1) {
      const { address: ip, family: addressType } = toAttempt[0];
      internalConnect(self, ip, port, addressType, localAddress, localPort);
      return;
    }
    self.autoSelectFamilyAttemptedAddresses = [];
    const context = {
      socket: self, addresses: toAttempt, current: 0, port, localPort, timeout, timer: null, errors: [],
    };
    internalConnectMultiple(context);
  });
}

// Binds the local address/port if asked; returns the error code or 0.
function bindLocal(self, addressType, localAddress, localPort) {
  const handle = self._handle;
  const err = addressType === 4 ? handle.bind(localAddress || DEFAULT_IPV4_ADDR, localPort)
    : handle.bind6(localAddress || DEFAULT_IPV6_ADDR, localPort, 0);
  return checkBindError(err, localPort, handle);
}

// As Node: libuv keeps a bind's EADDRINUSE for the connect, which would bind some
// other port instead; a socket not bound to the port it asked for fails now, as a
// 'bind' error.
function checkBindError(err, port, handle) {
  if (err === 0 && port > 0 && handle.getsockname) {
    const out = {};
    err = handle.getsockname(out);
    if (err === 0 && port !== out.port) err = UV_EADDRINUSE;
  }
  return err;
}

function internalConnect(self, address, port, addressType, localAddress, localPort) {
  let err;
  if (localAddress || localPort) {
    localAddress ||= addressType === 4 ? DEFAULT_IPV4_ADDR : DEFAULT_IPV6_ADDR;
    err = bindLocal(self, addressType, localAddress, localPort);
    if (err) {
      self.destroy(new ExceptionWithHostPort(err, 'bind', localAddress, localPort));
      return;
    }
  }
  self.emit('connectionAttempt', address, port, addressType);  // a pipe's too, as in Node
  if (addressType === 6 || addressType === 4) {
    const req = new TCPConnectWrap();
    req.oncomplete = afterConnect;
    req.address = address;
    req.port = port;
    req.localAddress = localAddress;
    req.localPort = localPort;
    req.addressType = addressType;
    err = addressType === 4 ? self._handle.connect(req, address, port)
      : self._handle.connect6(req, address, port);
  } else {
    const req = new PipeConnectWrap();
    req.address = address;
    req.oncomplete = afterConnect;
    err = self._handle.connect(req, address);
  }
  if (err) {
    // As Node: _getsockname() is an object even when it found nothing, so the
    // message says "- Local (undefined:undefined)" then.
    const sockname = self._getsockname();
    const details = sockname ? `${sockname.address}:${sockname.port}` : undefined;
    self.destroy(new ExceptionWithHostPort(err, 'connect', address, port, details));
  }
}

function internalConnectMultiple(context, canceled) {
  clearTimeout(context.timer);
  const self = context.socket;
  if (self._aborted) return;
  if (canceled || context.current === context.addresses.length) {
    if (context.errors.length === 0) {
      self.destroy(new ERR_SOCKET_CONNECTION_TIMEOUT());
      return;
    }
    self.destroy(new NodeAggregateError(context.errors));
    return;
  }
  const current = context.current++;
  if (current > 0) self[kReinitializeHandle](new TCP(TCPConstants.SOCKET));
  const { localPort, port } = context;
  const { address, family: addressType } = context.addresses[current];
  let localAddress;
  let err;
  if (localPort) {
    localAddress = addressType === 4 ? DEFAULT_IPV4_ADDR : DEFAULT_IPV6_ADDR;
    err = bindLocal(self, addressType, localAddress, localPort);
    if (err) {
      context.errors.push(new ExceptionWithHostPort(err, 'bind', localAddress, localPort));
      internalConnectMultiple(context);
      return;
    }
  }
  const req = new TCPConnectWrap();
  req.oncomplete = afterConnectMultiple.bind(undefined, context, current);
  req.address = address;
  req.port = port;
  req.localAddress = localAddress;
  req.localPort = localPort;
  req.addressType = addressType;
  self.autoSelectFamilyAttemptedAddresses.push(`${address}:${port}`);
  self.emit('connectionAttempt', address, port, addressType);
  err = addressType === 4 ? self._handle.connect(req, address, port)
    : self._handle.connect6(req, address, port);
  if (err) {
    // As Node: _getsockname() is an object even when it found nothing, so the
    // message says "- Local (undefined:undefined)" then.
    const sockname = self._getsockname();
    const details = sockname ? `${sockname.address}:${sockname.port}` : undefined;
    const ex = new ExceptionWithHostPort(err, 'connect', address, port, details);
    context.errors.push(ex);
    self.emit('connectionAttemptFailed', address, port, addressType, ex);
    internalConnectMultiple(context);
    return;
  }
  if (current < context.addresses.length - 1) {
    context.timer = setTimeout(internalConnectMultipleTimeout, context.timeout, context, req, self._handle);
  }
}

function internalConnectMultipleTimeout(context, req, handle) {
  context.socket.emit('connectionAttemptTimeout', req.address, req.port, req.addressType);
  req.oncomplete = undefined;
  context.socket._handle = null;  // the next attempt gets a fresh handle
  handle.close();
  if (context.socket.connecting) internalConnectMultiple(context);
}

function afterConnectMultiple(context, current, status, handle, req, readable, writable) {
  const self = context.socket;
  if (status !== 0) {
    let details;
    if (req.localAddress && req.localPort) details = `${req.localAddress}:${req.localPort}`;
    const ex = new ExceptionWithHostPort(status, 'connect', req.address, req.port, details);
    if (details) {
      ex.localAddress = req.localAddress;
      ex.localPort = req.localPort;
    }
    context.errors.push(ex);
    self.emit('connectionAttemptFailed', req.address, req.port, req.addressType, ex);
    // A cancelled attempt (handle closed) does not start another one.
    if (self.connecting && status !== UV_ECANCELED) internalConnectMultiple(context);
    return;
  }
  clearTimeout(context.timer);
  afterConnect(status, handle, req, readable, writable);
}

function afterConnect(status, handle, req, readable, writable) {
  const self = handle[owner_symbol];
  // The socket may have been destroyed before the connect finished.
  if (self === undefined || self.destroyed) return;
  self.connecting = false;
  if (self._sockname !== null) self._sockname = null;
  if (status === 0) {
    if (self.readable && !readable) {
      self.push(null);
      self.read();
    }
    if (!writable && self.writable) self.end();
    self._unrefTimer();
    if (self[kSetNoDelay] && self._handle.setNoDelay) self._handle.setNoDelay(true);
    if (self[kSetKeepAlive] && self._handle.setKeepAlive) {
      self._handle.setKeepAlive(true, self[kSetKeepAliveInitialDelay]);
    }
    self.emit('connect');
    self.emit('ready');
    // Start reading, or see an immediate EOF; read(0) consumes nothing.
    if (readable && !self.isPaused()) self.read(0);
  } else {
    let details;
    if (req.localAddress && req.localPort) details = `${req.localAddress}:${req.localPort}`;
    const ex = new ExceptionWithHostPort(status, 'connect', req.address, req.port, details);
    if (details) {
      ex.localAddress = req.localAddress;
      ex.localPort = req.localPort;
    }
    self.emit('connectionAttemptFailed', req.address, req.port, req.addressType, ex);
    self.destroy(ex);
  }
}

module.exports = {
  DEFAULT_IPV4_ADDR,
  DEFAULT_IPV6_ADDR,
  getDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  internalConnect,
  isPipeName,
  lookupAndConnect,
  normalizeArgs,
  setDefaultAutoSelectFamily,
  setDefaultAutoSelectFamilyAttemptTimeout,
  toNumber,
};
