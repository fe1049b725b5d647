'use strict';
// net.BlockList and net.SocketAddress. Addresses are compared as BigInts; an IPv4
// rule also matches the IPv4-mapped IPv6 form (::ffff:a.b.c.d) and the reverse.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE },
  genericNodeError,
} = require('internal/errors');
const { validatePort, validateString, validateObject, validateUint32 } = require('internal/net/validators');
const { ipv4ToBigInt, ipv6ToBigInt, ipv6FromBigInt } = require('internal/net/ip');

const kMapped = 0xffff00000000n;

function invalidAddress() {
  const err = genericNodeError('Invalid socket address', { code: 'ERR_INVALID_ADDRESS' });
  return err;
}

function validateFamily(family, name = 'options.family') {
  validateString(family, name);
  const f = family.toLowerCase();
  if (f !== 'ipv4' && f !== 'ipv6') throw new ERR_INVALID_ARG_VALUE(name, family);
  return f;
}

const kAddr = Symbol('kAddr');

class SocketAddress {
  static isSocketAddress(value) {
    return value instanceof SocketAddress;
  }

  constructor(options = {}) {
    validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    const { address = family === 'ipv4' ? '127.0.0.1' : '::', port = 0, flowlabel = 0 } = options;
    family = validateFamily(family);
    validateString(address, 'options.address');
    validatePort(port, 'options.port');
    validateUint32(flowlabel, 'options.flowlabel', false);
    const n = family === 'ipv4' ? ipv4ToBigInt(address) : ipv6ToBigInt(address);
    if (n === null) throw invalidAddress();
    // Node keeps the address parsed and prints it back: '::0001' reads as '::1'.
    const text = family === 'ipv4' ? address : ipv6FromBigInt(n);
    this[kAddr] = { address: text, port: port | 0, family, flowlabel, n };
  }

  get address() { return this[kAddr].address; }
  get port() { return this[kAddr].port; }
  get family() { return this[kAddr].family; }
  get flowlabel() { return this[kAddr].flowlabel; }

  toJSON() {
    const { address, port, family, flowlabel } = this[kAddr];
    return { address, port, family, flowlabel };
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    return `SocketAddress ${inspect(this.toJSON(), { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

// A SocketAddress argument, or a string + family; the parsed { family, n, text }.
function toEndpoint(address, family, name) {
  if (address instanceof SocketAddress) {
    const a = address[kAddr];
    return { family: a.family, n: a.n, text: a.address, sa: address };
  }
  validateString(address, name);
  family = validateFamily(family);
  const n = family === 'ipv4' ? ipv4ToBigInt(address) : ipv6ToBigInt(address);
  if (n === null) throw invalidAddress();
  return { family, n, text: address, sa: null };
}

// The value of `ep` in `family`'s space, or null when it has no such form.
function inFamily(ep, family) {
  if (ep.family === family) return ep.n;
  if (family === 'ipv6') return kMapped | ep.n;
  return (ep.n >> 32n) === 0xffffn ? ep.n & 0xffffffffn : null;
}

const kRules = Symbol('kRules');

class BlockList {
  constructor() {
    this[kRules] = [];
  }

  addAddress(address, family = 'ipv4') {
    const ep = toEndpoint(address, family, 'address');
    this[kRules].unshift({ family: ep.family, lo: ep.n, hi: ep.n, text: `Address: ${label(ep.family)} ${ep.text}` });
  }

  addRange(start, end, family = 'ipv4') {
    const a = toEndpoint(start, family, 'start');
    const b = toEndpoint(end, family, 'end');
    if (a.family !== b.family || a.n > b.n) {
      throw new ERR_INVALID_ARG_VALUE('start', a.sa || new SocketAddress({ address: a.text, family: a.family }), 'must come before end');
    }
    this[kRules].unshift({ family: a.family, lo: a.n, hi: b.n, text: `Range: ${label(a.family)} ${a.text}-${b.text}` });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    const ep = toEndpoint(network, family, 'network');
    const bits = ep.family === 'ipv4' ? 32 : 128;
    if (typeof prefix !== 'number') throw new ERR_INVALID_ARG_TYPE('prefix', 'number', prefix);
    if (!Number.isInteger(prefix)) throw new ERR_OUT_OF_RANGE('prefix', 'an integer', prefix);
    if (prefix < 0 || prefix > bits) throw new ERR_OUT_OF_RANGE('prefix', `>= 0 && <= ${bits}`, prefix);
    const hostBits = BigInt(bits - prefix);
    const lo = (ep.n >> hostBits) << hostBits;
    const hi = lo | ((1n << hostBits) - 1n);
    this[kRules].unshift({ family: ep.family, lo, hi, text: `Subnet: ${label(ep.family)} ${ep.text}/${prefix}` });
  }

  check(address, family = 'ipv4') {
    let ep;
    try {
      ep = toEndpoint(address, family, 'address');
    } catch (err) {
      if (err.code === 'ERR_INVALID_ADDRESS') return false;
      throw err;
    }
    for (const rule of this[kRules]) {
      const n = inFamily(ep, rule.family);
      if (n !== null && n >= rule.lo && n <= rule.hi) return true;
    }
    return false;
  }

  get rules() {
    return this[kRules].map((r) => r.text);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `BlockList ${inspect({ rules: this.rules }, opts)}`;
  }
}

function label(family) {
  return family === 'ipv4' ? 'IPv4' : 'IPv6';
}

module.exports = { BlockList, SocketAddress };
