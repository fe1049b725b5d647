'use strict';
// node:tls. The socket and server live in _tls_wrap.js, secure contexts in
// _tls_common.js; this file holds the module's constants and checkServerIdentity.

const {
  codes: { ERR_TLS_CERT_ALTNAME_INVALID },
} = require('internal/errors');
const net = require('net');
const common = require('_tls_common');
const wrap = require('_tls_wrap');

exports.CLIENT_RENEG_LIMIT = 3;
exports.CLIENT_RENEG_WINDOW = 600;
exports.DEFAULT_CIPHERS = common.defaults.DEFAULT_CIPHERS;
exports.DEFAULT_ECDH_CURVE = common.defaults.DEFAULT_ECDH_CURVE;
exports.DEFAULT_MIN_VERSION = common.defaults.DEFAULT_MIN_VERSION;
exports.DEFAULT_MAX_VERSION = common.defaults.DEFAULT_MAX_VERSION;
// The defaults secure contexts use are the module's own properties, as in Node.
for (const name of ['DEFAULT_CIPHERS', 'DEFAULT_MIN_VERSION', 'DEFAULT_MAX_VERSION', 'DEFAULT_ECDH_CURVE']) {
  Object.defineProperty(exports, name, {
    enumerable: true,
    configurable: true,
    get() { return common.defaults[name]; },
    set(v) { common.defaults[name] = v; },
  });
}

let ciphers;
exports.getCiphers = function getCiphers() {
  if (ciphers === undefined) {
    // The TLS 1.3 suites come first, as OpenSSL lists them.
    ciphers = [...new Set(common.tlsBinding().getCiphers())];
  }
  return ciphers.slice();
};

let rootCertificates;
Object.defineProperty(exports, 'rootCertificates', {
  enumerable: true,
  configurable: false,
  get() {
    if (rootCertificates === undefined) {
      let text = '';
      try {
        text = require('fs').readFileSync(common.kSystemRoots, 'latin1');
      } catch {}
      const pems = text.match(/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g) || [];
      rootCertificates = Object.freeze(pems.map((p) => p.replace(/\r\n/g, '\n')));
    }
    return rootCertificates;
  },
});

exports.convertALPNProtocols = function convertALPNProtocols(protocols, out) {
  common.convertALPNProtocols(protocols, out);
};

function unfqdn(host) {
  return host.replace(/[.]$/, '');
}

// Lower-cased labels, IDNA left as given (ASCII hosts compare the same).
function splitHost(host) {
  return unfqdn(host).toLowerCase().split('.');
}

// RFC 6125 matching: a wildcard only as the whole leftmost label of a name with
// at least three labels, never in an IDN label.
function check(hostParts, pattern, wildcards) {
  if (!pattern) return false;
  const patternParts = splitHost(pattern);
  if (hostParts.length !== patternParts.length) return false;
  if (patternParts.includes('')) return false;
  const isBad = (s) => /[^\u0021-\u007F]/u.test(s);
  if (patternParts.some(isBad)) return false;
  for (let i = hostParts.length - 1; i > 0; i -= 1) {
    if (hostParts[i] !== patternParts[i]) return false;
  }
  const hostSubdomain = hostParts[0];
  const patternSubdomain = patternParts[0];
  const patternSubdomainParts = patternSubdomain.split('*', 3);
  if (patternSubdomainParts.length === 1 || patternSubdomain.includes('xn--')) {
    return hostSubdomain === patternSubdomain;
  }
  if (!wildcards) return false;
  if (patternSubdomainParts.length > 2) return false;
  if (patternParts.length <= 2) return false;
  const { 0: prefix, 1: suffix } = patternSubdomainParts;
  if (prefix.length + suffix.length > hostSubdomain.length) return false;
  if (!hostSubdomain.startsWith(prefix)) return false;
  if (!hostSubdomain.endsWith(suffix)) return false;
  return true;
}

// "IP Address:0:0:0:0:0:0:0:1" and "::1" name the same address: both become "::1".
function canonicalizeIP(ip) {
  if (!net.isIPv6(ip)) return ip;
  const { ipv6ToBigInt, ipv6FromBigInt } = require('internal/net/ip');
  return ipv6FromBigInt(ipv6ToBigInt(ip));
}

// Names inside quotes may hold ", " (RFC 4514 escapes): split outside them only.
function splitEscapedAltNames(altNames) {
  const result = [];
  let current = '';
  let offset = 0;
  while (offset !== altNames.length) {
    const nextSep = altNames.indexOf(', ', offset);
    const nextQuote = altNames.indexOf('"', offset);
    if (nextQuote !== -1 && (nextSep === -1 || nextQuote < nextSep)) {
      current += altNames.substring(offset, nextQuote);
      const match = /^"((?:[^"\\]|\\.)*)"/.exec(altNames.substring(nextQuote));
      if (!match) return result;  // malformed: stop, as Node throws an internal error
      current += JSON.parse(`"${match[1]}"`);
      offset = nextQuote + match[0].length;
    } else if (nextSep !== -1) {
      current += altNames.substring(offset, nextSep);
      result.push(current);
      current = '';
      offset = nextSep + 2;
    } else {
      current += altNames.substring(offset);
      offset = altNames.length;
    }
  }
  result.push(current);
  return result;
}

exports.checkServerIdentity = function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];
  hostname = '' + hostname;
  if (altNames) {
    const splitAltNames = altNames.includes('"') ? splitEscapedAltNames(altNames) : altNames.split(', ');
    for (const name of splitAltNames) {
      if (name.startsWith('DNS:')) dnsNames.push(name.slice(4));
      else if (name.startsWith('IP Address:')) ips.push(canonicalizeIP(name.slice(11)));
    }
  }
  let valid = false;
  let reason = 'Unknown reason';
  hostname = unfqdn(hostname);
  if (net.isIP(hostname)) {
    valid = ips.includes(canonicalizeIP(hostname));
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ` + ips.join(', ');
  } else if (dnsNames.length > 0 || subject?.CN) {
    const hostParts = splitHost(hostname);
    const wildcard = (pattern) => check(hostParts, pattern, true);
    if (dnsNames.length > 0) {
      valid = dnsNames.some(wildcard);
      if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
    } else {
      const cn = subject.CN;
      if (Array.isArray(cn)) valid = cn.some(wildcard);
      else if (cn) valid = wildcard(cn);
      if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (!valid) return new ERR_TLS_CERT_ALTNAME_INVALID(reason, hostname, cert);
};

exports.createSecureContext = common.createSecureContext;
exports.SecureContext = common.SecureContext;
exports.TLSSocket = wrap.TLSSocket;
exports.Server = wrap.Server;
exports.createServer = wrap.createServer;
exports.connect = wrap.connect;
exports.createSecurePair = function createSecurePair() {
  throw new Error('tls.createSecurePair() was removed; use tls.TLSSocket');
};
