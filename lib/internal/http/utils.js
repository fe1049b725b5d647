'use strict';
// Small helpers shared by the http modules.

let utcCache;
let utcSecond = -1;

// The Date header value, recomputed at most once a second.
function utcDate() {
  const now = Date.now();
  const second = Math.floor(now / 1000);
  if (second !== utcSecond) {
    utcSecond = second;
    utcCache = new Date(now).toUTCString();
  }
  return utcCache;
}

module.exports = { utcDate, kOutHeaders: Symbol('kOutHeaders'), kNeedDrain: Symbol('kNeedDrain') };
