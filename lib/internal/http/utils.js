'use strict';
// Small helpers shared by the http modules.

const { Timeout } = require('internal/timers');
const { isIP } = require('internal/net/ip');
const { validateString } = require('internal/net/validators');

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

// The TLS server name of a request's connection, as Node works it out (an http
// Agent's createConnection sees it; https keys its pool on it): the Host header's
// name, else the host; never an IP.
function calculateServerName(options, req) {
  let servername = options.host;
  const hostHeader = req.getHeader('host');
  if (hostHeader) {
    validateString(hostHeader, 'options.headers.host');
    if (hostHeader.startsWith('[')) {  // [::1]:123 -> ::1
      const index = hostHeader.indexOf(']');
      servername = index === -1 ? hostHeader : hostHeader.slice(1, index);
    } else {
      servername = hostHeader.split(':', 1)[0];
    }
  }
  return isIP(servername) ? '' : servername;
}

module.exports = { utcDate, calculateServerName, kOutHeaders: Symbol('kOutHeaders'), kNeedDrain: Symbol('kNeedDrain') };
