'use strict';
// The WHATWG URL class over internal/url_parser, plus Node's file URL helpers
// (fileURLToPath, pathToFileURL) and urlToHttpOptions.

const parser = require('internal/url_parser');
const { S } = parser;
const { URLSearchParams, attachParams } = require('internal/url_search_params');
const { encode, kSets, isSpecialScheme, percentDecode } = require('internal/url_encoding');
const { codes } = require('internal/errors');

const kContext = Symbol('context');
const kParams = Symbol('query');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

function invalidUrl(input, base) {
  const err = new codes.ERR_INVALID_URL(input);
  delete err.input;  // Node's order of own properties: code, input, base
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

function parseOrThrow(input, base) {
  let baseRecord = null;
  if (base !== undefined) {
    baseRecord = parser.parse(`${base}`);
    if (baseRecord === null) throw invalidUrl(`${input}`, `${base}`);
  }
  const url = parser.parse(`${input}`, baseRecord);
  if (url === null) throw invalidUrl(`${input}`, base === undefined ? undefined : `${base}`);
  return url;
}

const hasCredentials = (u) => u.username !== '' || u.password !== '';
const cannotHaveCredentials = (u) => u.host === null || u.host === '' || u.scheme === 'file';

class URL {
  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('url');
    this[kContext] = parseOrThrow(input, base);
    this[kParams] = undefined;
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('url');
    try {
      parseOrThrow(input, base);
      return true;
    } catch {
      return false;
    }
  }

  // Called by the URLSearchParams bound to this URL.
  _setQueryFromParams(query) {
    this[kContext].query = query;
    if (query === null) stripTrailingSpacesFromOpaquePath(this[kContext]);
  }

  get href() { return parser.serialize(this[kContext]); }
  set href(value) {
    const url = parser.parse(`${value}`);
    if (url === null) throw invalidUrl(`${value}`);
    this[kContext] = url;
    if (this[kParams]) attachParams(this[kParams], this, url.query);
  }

  get origin() { return parser.origin(this[kContext]); }

  get protocol() { return `${this[kContext].scheme}:`; }
  set protocol(value) { parser.parse(`${value}:`, null, this[kContext], S.schemeStart); }

  get username() { return this[kContext].username; }
  set username(value) {
    const u = this[kContext];
    if (cannotHaveCredentials(u)) return;
    u.username = encode(`${value}`, kSets.userinfo);
  }

  get password() { return this[kContext].password; }
  set password(value) {
    const u = this[kContext];
    if (cannotHaveCredentials(u)) return;
    u.password = encode(`${value}`, kSets.userinfo);
  }

  get host() {
    const u = this[kContext];
    if (u.host === null) return '';
    return parser.serializeHost(u);
  }
  set host(value) {
    const u = this[kContext];
    if (typeof u.path === 'string') return;
    parser.parse(`${value}`, null, u, S.host);
  }

  get hostname() { return this[kContext].host ?? ''; }
  set hostname(value) {
    const u = this[kContext];
    if (typeof u.path === 'string') return;
    parser.parse(`${value}`, null, u, S.hostname);
  }

  get port() {
    const { port } = this[kContext];
    return port === null ? '' : String(port);
  }
  set port(value) {
    const u = this[kContext];
    if (cannotHaveCredentials(u)) return;
    value = `${value}`;
    if (value === '') u.port = null;
    else parser.parse(value, null, u, S.port);
  }

  get pathname() { return parser.serializePath(this[kContext]); }
  set pathname(value) {
    const u = this[kContext];
    if (typeof u.path === 'string') return;
    u.path = [];
    parser.parse(`${value}`, null, u, S.pathStart);
  }

  get search() {
    const { query } = this[kContext];
    return query === null || query === '' ? '' : `?${query}`;
  }
  set search(value) {
    const u = this[kContext];
    value = `${value}`;
    if (value === '') {
      u.query = null;
      if (this[kParams]) attachParams(this[kParams], this, null);
      stripTrailingSpacesFromOpaquePath(u);
      return;
    }
    if (value[0] === '?') value = value.slice(1);
    u.query = '';
    parser.parse(value, null, u, S.query);
    if (this[kParams]) attachParams(this[kParams], this, u.query);
  }

  get searchParams() {
    if (this[kParams] === undefined) {
      this[kParams] = new URLSearchParams();
      attachParams(this[kParams], this, this[kContext].query);
    }
    return this[kParams];
  }

  get hash() {
    const { fragment } = this[kContext];
    return fragment === null || fragment === '' ? '' : `#${fragment}`;
  }
  set hash(value) {
    const u = this[kContext];
    value = `${value}`;
    if (value === '') {
      u.fragment = null;
      stripTrailingSpacesFromOpaquePath(u);
      return;
    }
    if (value[0] === '#') value = value.slice(1);
    u.fragment = '';
    parser.parse(value, null, u, S.fragment);
  }

  toString() { return this.href; }
  toJSON() { return this.href; }

  [kInspect](depth, options, inspect) {
    if (typeof depth === 'number' && depth < 0) return `${this.constructor.name} {}`;
    const obj = {
      href: this.href, origin: this.origin, protocol: this.protocol, username: this.username,
      password: this.password, host: this.host, hostname: this.hostname, port: this.port,
      pathname: this.pathname, search: this.search, searchParams: this.searchParams, hash: this.hash,
    };
    return `${this.constructor.name} ${inspect(obj, { ...options, depth })}`;
  }
}


for (const name of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'searchParams', 'hash', 'toString', 'toJSON']) {
  const d = Object.getOwnPropertyDescriptor(URL.prototype, name);
  d.enumerable = true;
  Object.defineProperty(URL.prototype, name, d);
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });

function stripTrailingSpacesFromOpaquePath(u) {
  if (typeof u.path !== 'string' || u.fragment !== null || u.query !== null) return;
  u.path = u.path.replace(/ +$/, '');
}

function isURL(self) {
  return self != null && typeof self === 'object' && typeof self.href === 'string' &&
    typeof self.protocol === 'string' && self.auth === undefined && self.path === undefined;
}

// --- file URLs --------------------------------------------------------------------------

function fileURLToPath(path) {
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new codes.ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new codes.ERR_INVALID_URL_SCHEME('file');
  if (path.hostname !== '') throw new codes.ERR_INVALID_FILE_URL_HOST(process.platform);
  const { pathname } = path;
  for (let i = 0; i < pathname.length; i++) {
    if (pathname[i] === '%' && pathname[i + 1] === '2' && (pathname[i + 2] | 0x20) === 'f'.charCodeAt(0)) {
      throw new codes.ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
    }
    if (pathname[i] === '%' && pathname[i + 1] === '2' && (pathname[i + 2] === 'f' || pathname[i + 2] === 'F')) {
      throw new codes.ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
    }
  }
  return decodeURIComponentSafe(pathname);
}

function decodeURIComponentSafe(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return percentDecode(s);
  }
}

// Node's pathToFileURL: resolves, keeps a trailing slash, and escapes what the path
// parser would otherwise read as syntax (%, \, newline, CR, tab, ?, #).
function pathToFileURL(filepath, options = undefined) {
  if (typeof filepath !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  const path = require('path');
  let resolved = path.resolve(filepath);
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  resolved = resolved.replace(/%/g, '%25').replace(/\\/g, '%5C').replace(/\n/g, '%0A')
    .replace(/\r/g, '%0D').replace(/\t/g, '%09');
  const url = new URL('file://');
  url.pathname = resolved;
  const u = url[kContext];
  if (resolved.includes('?') || resolved.includes('#')) {
    u.path = u.path.map((seg) => seg.replace(/\?/g, '%3F').replace(/#/g, '%23'));
  }
  return url;
}

function urlToHttpOptions(url) {
  const options = { __proto__: null };
  // Own properties first, as Node (a URL the user extended with method, headers...).
  for (const key of Object.keys(url)) options[key] = url[key];
  Object.assign(options, {
    protocol: url.protocol,
    hostname: typeof url.hostname === 'string' && url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  });
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) {
    options.auth = `${decodeURIComponentSafe(url.username)}:${decodeURIComponentSafe(url.password)}`;
  }
  return options;
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('domain');
  const u = parser.parse(`ws://${domain}`);
  return u === null ? '' : u.host;
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new codes.ERR_MISSING_ARGS('domain');
  const u = parser.parse(`ws://${domain}`);
  return u === null ? '' : require('internal/url_host').domainToUnicode(u.host);
}

module.exports = {
  URL, URLSearchParams, fileURLToPath, pathToFileURL, urlToHttpOptions, domainToASCII,
  domainToUnicode, isURL, isSpecialScheme,
};
