'use strict';
// The legacy url API (url.parse, url.format, url.resolve): the common cases of
// Node's parser — protocol, slashes, auth, host[:port], path, query, hash —
// with hostnames lowercased and spaces and unsafe characters escaped as Node does.

const { codes } = require('internal/errors');

const kSlashedProtocols = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);
const kHostlessProtocols = new Set(['javascript', 'javascript:']);

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

// Characters Node escapes in the path, query and hash of a legacy parse.
function autoEscape(s) {
  return s.replace(/[\t\n\r "'<>\\^`{|}]/g, (c) => (c === '\\' ? '/' : encodeURIComponent(c)))
    .replace(/%5C/g, '/');
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('url', 'string', url);
  let rest = url.trim();
  // Backslashes before the query become slashes.
  const q = rest.search(/[?#]/);
  const head = q === -1 ? rest : rest.slice(0, q);
  rest = head.replace(/\\/g, '/') + (q === -1 ? '' : rest.slice(q));

  const proto = /^([a-z0-9.+-]+:)/i.exec(rest);
  let lowerProto;
  if (proto) {
    lowerProto = proto[1].toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto[1].length);
  }
  let slashes = false;
  if (slashesDenoteHost || proto || /^\/\/[^@/]+@[^@/]+/.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(proto && kHostlessProtocols.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }
  if (!kHostlessProtocols.has(lowerProto) && (slashes || (proto && !kSlashedProtocols.has(lowerProto)))) {
    let hostEnd = rest.search(/[/?#]/);
    if (hostEnd === -1) hostEnd = rest.length;
    let hostPart = rest.slice(0, hostEnd);
    const at = hostPart.lastIndexOf('@');
    if (at !== -1) {
      this.auth = decodeURIComponent(hostPart.slice(0, at));
      hostPart = hostPart.slice(at + 1);
    }
    rest = rest.slice(hostEnd);
    const portMatch = /:([0-9]*)$/.exec(hostPart);
    if (portMatch) {
      if (portMatch[1] !== '') this.port = portMatch[1];
      hostPart = hostPart.slice(0, hostPart.length - portMatch[0].length);
    }
    let hostname = hostPart.toLowerCase();
    if (hostname.startsWith('[') && hostname.endsWith(']')) hostname = hostname.slice(1, -1);
    this.hostname = hostname;
    const hostForHost = hostname.includes(':') ? `[${hostname}]` : hostname;
    this.host = this.port ? `${hostForHost}:${this.port}` : hostForHost;
    if (kSlashedProtocols.has(lowerProto) && rest === '' && this.hostname !== '') rest = '/';
    if (kSlashedProtocols.has(lowerProto) && rest[0] !== '/' && rest !== '') rest = `/${rest}`;
  }

  rest = autoEscape(rest);
  const hash = rest.indexOf('#');
  if (hash !== -1) {
    this.hash = rest.slice(hash);
    rest = rest.slice(0, hash);
  }
  const qm = rest.indexOf('?');
  if (qm !== -1) {
    this.search = rest.slice(qm);
    this.query = rest.slice(qm + 1);
    if (parseQueryString) this.query = require('querystring').parse(this.query);
    rest = rest.slice(0, qm);
  } else if (parseQueryString) {
    this.search = null;
    this.query = Object.create(null);
  }
  if (rest !== '') this.pathname = rest;
  if (kSlashedProtocols.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${encodeURIComponent(auth).replace(/%3A/i, ':')}@`;
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';
  if (this.host) host = auth + this.host;
  else if (this.hostname) {
    host = auth + (this.hostname.includes(':') ? `[${this.hostname}]` : this.hostname);
    if (this.port) host += `:${this.port}`;
  }
  if (this.query !== null && typeof this.query === 'object') query = require('querystring').stringify(this.query);
  let search = this.search || (query && `?${query}`) || '';
  if (protocol && !protocol.endsWith(':')) protocol += ':';
  pathname = pathname.replace(/[?#]/g, encodeURIComponent);
  if (this.slashes || ((!protocol || kSlashedProtocols.has(protocol)) && host !== '')) {
    host = `//${host}`;
    if (pathname && pathname[0] !== '/') pathname = `/${pathname}`;
  } else if (protocol === 'file:' && this.slashes) host = '//';
  if (hash && hash[0] !== '#') hash = `#${hash}`;
  if (search && search[0] !== '?') search = `?${search}`;
  search = search.replace(/#/g, '%23');
  return protocol + host + pathname + search + hash;
};

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') relative = urlParse(relative, false, true);
  const { URL } = require('internal/url');
  const base = this.format();
  let out;
  try {
    out = new URL(relative.format(), base).href;
  } catch {
    return relative;
  }
  // Keep a relative base relative, as Node does for path-only bases.
  return urlParse(out);
};

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') urlObject = urlParse(urlObject);
  else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new codes.ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (require('internal/url').isURL(urlObject)) {
    return formatWhatwg(urlObject, options);
  }
  return Url.prototype.format.call(urlObject);
}

function formatWhatwg(url, options = {}) {
  const { auth = true, fragment = true, search = true, unicode = false } = options || {};
  let out = url.protocol;
  if (url.host !== '' || url.protocol === 'file:') {
    out += '//';
    if (auth && (url.username || url.password)) {
      out += url.username;
      if (url.password) out += `:${url.password}`;
      out += '@';
    }
    out += unicode ? require('internal/url').domainToUnicode(url.host) : url.host;
  }
  out += url.pathname;
  if (search) out += url.search;
  if (fragment) out += url.hash;
  return out;
}

function urlResolve(source, relative) {
  if (!source) return relative;
  const { URL } = require('internal/url');
  try {
    return new URL(relative, source).href;
  } catch {
    // A relative base: resolve the paths only.
    const path = require('path');
    if (relative.startsWith('/')) return relative;
    const dir = source.endsWith('/') ? source : path.dirname(source) + '/';
    const joined = path.normalize(dir + relative);
    return relative.endsWith('/') && !joined.endsWith('/') ? `${joined}/` : joined;
  }
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

module.exports = { Url, urlParse, urlFormat, urlResolve, urlResolveObject };
