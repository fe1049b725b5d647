'use strict';
// Shared helpers for the net tests: counted callbacks checked at process 'exit',
// an IPv6 probe, and a unique unix socket path.
const assert = require('assert');

const checks = [];
process.on('exit', (code) => {
  if (code !== 0) return;
  for (const c of checks) {
    if (c.calls !== c.expected) {
      process.exitCode = 1;
      console.error(`mustCall: expected ${c.expected} call(s) of ${c.name}, got ${c.calls}\n${c.where}`);
    }
  }
});

// Returns a wrapper of fn that must be called exactly n times (default 1) before exit.
function mustCall(fn, n) {
  if (typeof fn === 'number') { n = fn; fn = undefined; }
  const c = { calls: 0, expected: n === undefined ? 1 : n, name: (fn && fn.name) || '<anonymous>',
              where: new Error().stack };
  checks.push(c);
  return function(...args) {
    c.calls++;
    return fn ? fn.apply(this, args) : undefined;
  };
}

// Returns a wrapper of fn that must be called at least once before exit.
function mustCallAtLeast(fn, n = 1) {
  const c = { calls: 0, name: (fn && fn.name) || '<anonymous>', where: new Error().stack };
  process.on('exit', (code) => {
    if (code === 0 && c.calls < n) {
      process.exitCode = 1;
      console.error(`mustCallAtLeast: expected >= ${n} call(s) of ${c.name}, got ${c.calls}\n${c.where}`);
    }
  });
  return function(...args) { c.calls++; return fn ? fn.apply(this, args) : undefined; };
}

function mustNotCall(msg) {
  return function mustNotCall(...args) {
    assert.fail(`${msg || 'function should not have been called'}: ${args.map(String).join(', ')}`);
  };
}

// Calls cb(true) if a server can listen on ::1, cb(false) otherwise.
function hasIPv6(cb) {
  const net = require('net');
  const s = net.createServer();
  s.once('error', () => cb(false));
  s.listen(0, '::1', () => s.close(() => cb(true)));
}

let pipeSeq = 0;
// A unique unix socket path in the temp dir; removed beforehand if it exists.
function pipePath(tag) {
  let dir = '/tmp';
  try { dir = require('os').tmpdir(); } catch (e) { /* os not available yet */ }
  return `${dir}/protojs-test-${tag || 'sock'}-${process.pid}-${pipeSeq++}.sock`;
}

// A simple position-dependent checksum of a stream of bytes, updated chunk by chunk.
class Checksum {
  constructor() { this.a = 1; this.b = 0; this.length = 0; }
  update(buf) {
    let a = this.a, b = this.b;
    for (let i = 0; i < buf.length; i++) {
      a = (a + buf[i]) % 65521;
      b = (b + a) % 65521;
    }
    this.a = a; this.b = b; this.length += buf.length;
    return this;
  }
  digest() { return ((this.b << 16) | this.a) >>> 0; }
}

module.exports = { mustCall, mustCallAtLeast, mustNotCall, hasIPv6, pipePath, Checksum };
