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


const kAddr = Symbol('kAddr');

class SocketAddress {
  // As Node: one made by the constructor (it has the internal state), not anything
  // that inherits the prototype.
  static isSocketAddress(value) {
    return value?.[kAddr] !== undefined;
  }

  constructor(options = {}) {
    validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    const { address = family === 'ipv4' ? '127.0.0.1' : '::', port = 0, flowlabel = 0 } = options;
    // As Node: anything with a toLowerCase() is lower-cased; other values, and other
    // names, are an invalid value (not a wrong type).
    if (typeof family?.toLowerCase === 'function') family = family.toLowerCase();
    if (family !== 'ipv4' && family !== 'ipv6') throw new ERR_INVALID_ARG_VALUE('options.family', options.family);
    validateString(address, 'options.address');
    validatePort(port, 'options.port');
    validateUint32(flowlabel, 'options.flowlabel', false);
    const n = family === 'ipv4' ? ipv4ToBigInt(address) : ipv6ToBigInt(address);
    if (n === null) throw invalidAddress();
    // Node keeps the address parsed and prints it back: '::0001' reads as '::1'.
    const text = family === 'ipv4' ? address : ipv6FromBigInt(n);
    // An IPv4 address has no flow label (Node's sockaddr_in keeps none).
    this[kAddr] = { address: text, port: port | 0, family, flowlabel: family === 'ipv4' ? 0 : flowlabel, n };
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

// A SocketAddress argument, or one made of a string and a family as Node makes it
// (both validated as strings first); its { family, n, text (as Node prints it), sa }.
function toEndpoint(address, family, name) {
  if (!(address instanceof SocketAddress)) {
    validateString(address, name);
    validateString(family, 'family');
    address = new SocketAddress({ address, family });
  }
  const a = address[kAddr];
  return { family: a.family, n: a.n, text: a.address, sa: address };
}

// Node's SocketAddress comparison: -1, 0 or 1, or null when the two cannot be
// compared (an IPv4 address and an IPv6 one that is not IPv4-mapped).
function compare(x, y) {
  let a = x.n;
  let b = y.n;
  if (x.family !== y.family) {
    const v6 = x.family === 'ipv6' ? x : y;
    if ((v6.n >> 32n) !== 0xffffn) return null;
    if (x.family === 'ipv6') a &= 0xffffffffn;
    else b &= 0xffffffffn;
  }
  return a < b ? -1 : a > b ? 1 : 0;
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
    // Ends of two families that cannot be compared pass, as in Node (the rule then
    // matches only what compares with both).
    if (compare(a, b) === 1) throw new ERR_INVALID_ARG_VALUE('start', a.sa, 'must come before end');
    this[kRules].unshift({ family: a.family, start: a, end: b, text: `Range: ${label(a.family)} ${a.text}-${b.text}` });
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
    if (!(address instanceof SocketAddress)) {
      validateString(address, 'address');
      validateString(family, 'family');
      try {
        address = new SocketAddress({ address, family });
      } catch {
        return false;  // as Node: not an address of that family
      }
    }
    const ep = toEndpoint(address);
    for (const rule of this[kRules]) {
      if (rule.start !== undefined) {
        const fromStart = compare(ep, rule.start);
        const toEnd = compare(ep, rule.end);
        if (fromStart !== null && toEnd !== null && fromStart >= 0 && toEnd <= 0) return true;
        continue;
      }
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
