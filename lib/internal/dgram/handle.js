'use strict';
// The UDP handle of a dgram.Socket: `newHandle(type, lookup)` makes a udp_wrap UDP
// for 'udp4' or 'udp6' whose bind/connect/send and lookup match the family, as
// Node's internal/dgram does. Also the buffer-size SystemError.

const { UDP } = internalBinding('udp_wrap');
const {
  uvErrmapGet,
  codes: { ERR_SOCKET_BAD_TYPE },
} = require('internal/errors');
const { validateFunction } = require('internal/net/validators');

const kStateSymbol = Symbol('state symbol');
let dns;  // loaded on first use

function lookup4(lookup, address, callback) {
  return lookup(address || '127.0.0.1', 4, callback);
}

function lookup6(lookup, address, callback) {
  return lookup(address || '::1', 6, callback);
}

function newHandle(type, lookup) {
  if (lookup === undefined) {
    if (dns === undefined) dns = require('dns');
    lookup = dns.lookup;
  } else {
    validateFunction(lookup, 'lookup');
  }
  if (type === 'udp4') {
    const handle = new UDP();
    handle.lookup = lookup4.bind(handle, lookup);
    return handle;
  }
  if (type === 'udp6') {
    const handle = new UDP();
    handle.lookup = lookup6.bind(handle, lookup);
    handle.bind = handle.bind6;
    handle.connect = handle.connect6;
    handle.send = handle.send6;
    return handle;
  }
  throw new ERR_SOCKET_BAD_TYPE();
}

// Node's ERR_SOCKET_BUFFER_SIZE, a SystemError: `err` is the libuv code returned by
// uv_recv_buffer_size / uv_send_buffer_size (`syscall`).
function bufferSizeError(err, syscall) {
  const [code, message] = uvErrmapGet(err) || [`Unknown system error ${err}`, 'unknown error'];
  const info = { errno: err, code, message, syscall };
  const error = new Error(`Could not get or set buffer size: ${syscall} returned ${code} (${message})`);
  Object.defineProperty(error, 'name', { value: 'SystemError', writable: true, configurable: true });
  error.code = 'ERR_SOCKET_BUFFER_SIZE';
  Object.defineProperty(error, 'info', { value: info, enumerable: true, configurable: true, writable: false });
  for (const key of ['errno', 'syscall']) {
    Object.defineProperty(error, key, {
      get() { return info[key]; },
      set(value) { info[key] = value; },
      enumerable: true,
      configurable: true,
    });
  }
  Object.defineProperty(error, 'toString', {
    value() { return `${this.name} [${this.code}]: ${this.message}`; },
    enumerable: false, writable: true, configurable: true,
  });
  return error;
}

module.exports = { kStateSymbol, newHandle, bufferSizeError };
