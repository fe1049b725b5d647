'use strict';
// Counted callbacks for the net-core smoke tests: each mustCall(fn, n) wrapper
// must run exactly n times before the process exits.
const checks = [];
process.on('exit', (code) => {
  if (code !== 0) return;
  for (const c of checks) {
    if (c.calls !== c.expected) {
      console.error(`expected ${c.expected} call(s) of ${c.name}, got ${c.calls}`);
      process.exitCode = 1;
    }
  }
});

function mustCall(fn, n = 1) {
  const c = { calls: 0, expected: n, name: (fn && fn.name) || '<anonymous>' };
  checks.push(c);
  return function(...args) {
    c.calls++;
    return fn ? fn.apply(this, args) : undefined;
  };
}

module.exports = { mustCall };
