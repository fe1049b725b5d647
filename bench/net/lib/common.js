'use strict';
// Shared helpers for bench/net: a monotonic clock in ns and the METRIC line format.
const now = (typeof process.hrtime === 'function' && process.hrtime.bigint)
  ? () => Number(process.hrtime.bigint())
  : () => Date.now() * 1e6;

function metric(name, value, unit, better) {
  console.log(`METRIC ${name} ${Number(value).toFixed(2)} ${unit} ${better}`);
}

// Percentile of the first n entries of a Float64Array (sorted in place).
function percentile(arr, n, p) {
  const a = arr.subarray(0, n).sort();
  return a[Math.min(n - 1, Math.floor(n * p))];
}

module.exports = { now, metric, percentile };
