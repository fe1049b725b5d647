'use strict';
// Small helpers shared by the http modules.

const { Timeout } = require('internal/timers');

let utcCache;

// The Date header value. As in Node, it is made once and dropped at the next whole
// second by a timer that does not keep the loop alive: a request pays one test.
function utcDate() {
  if (utcCache === undefined) cacheUtcDate();
  return utcCache;
}

function cacheUtcDate() {
  const d = new Date();
  utcCache = d.toUTCString();
  new Timeout(resetUtcCache, 1000 - d.getMilliseconds(), undefined, false, false);
}

function resetUtcCache() {
  utcCache = undefined;
}

module.exports = { utcDate, kOutHeaders: Symbol('kOutHeaders'), kNeedDrain: Symbol('kNeedDrain') };
