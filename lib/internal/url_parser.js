'use strict';
// The basic URL parser of the URL Standard (https://url.spec.whatwg.org/#concept-basic-url-parser),
// with state overrides for the URL setters. A URL record is
// { scheme, username, password, host, port, path, query, fragment }: `host` is the
// serialized host or null, `path` a list of segments or a string (an opaque path).
// parse() returns null on failure.

const { encode, kSets, isSpecialScheme, defaultPort } = require('internal/url_encoding');
const { parseHost } = require('internal/url_host');

const S = {
  schemeStart: 1, scheme: 2, noScheme: 3, specialRelativeOrAuthority: 4, pathOrAuthority: 5,
  relative: 6, relativeSlash: 7, specialAuthoritySlashes: 8, specialAuthorityIgnoreSlashes: 9,
  authority: 10, host: 11, hostname: 12, port: 13, file: 14, fileSlash: 15, fileHost: 16,
  pathStart: 17, path: 18, opaquePath: 19, query: 20, fragment: 21,
};

const isAlpha = (c) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isDigit = (c) => c >= 0x30 && c <= 0x39;
const isWindowsLetter = (s, normalizedOnly) => s.length === 2 && isAlpha(s.charCodeAt(0)) &&
  (s[1] === ':' || (!normalizedOnly && s[1] === '|'));
function startsWithWindowsLetter(input, p) {
  if (input.length - p < 2) return false;
  if (!isWindowsLetter(input.slice(p, p + 2), false)) return false;
  if (input.length - p === 2) return true;
  const c = input[p + 2];
  return c === '/' || c === '\\' || c === '?' || c === '#';
}
const isSingleDot = (s) => s === '.' || s.toLowerCase() === '%2e';
const isDoubleDot = (s) => ['..', '.%2e', '%2e.', '%2e%2e'].includes(s.toLowerCase());

function shortenPath(url) {
  const { path } = url;
  if (url.scheme === 'file' && path.length === 1 && isWindowsLetter(path[0], true)) return;
  path.pop();
}

function newRecord() {
  return { scheme: '', username: '', password: '', host: null, port: null, path: [], query: null, fragment: null };
}

function cleanInput(input, hasUrl) {
  // eslint-disable-next-line no-control-regex
  if (!hasUrl) input = input.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  return input.replace(/[\t\n\r]/g, '');
}

// parse(input, base?, url?, stateOverride?): the URL record, or null on failure. With
// a state override, `url` is modified in place and the result is url, null (failure)
// or undefined ("return" without change, as the standard's setters expect).
function parse(input, base = null, url = null, stateOverride = 0) {
  input = cleanInput(input, url !== null);
  if (url === null) url = newRecord();
  let state = stateOverride || S.schemeStart;
  let buffer = '';
  let atSignSeen = false;
  let insideBrackets = false;
  let passwordTokenSeen = false;
  const len = input.length;
  for (let p = 0; p <= len; p++) {
    const c = p < len ? input.charCodeAt(p) : -1;  // -1 is the EOF code point
    const ch = p < len ? input[p] : '';
    switch (state) {
      case S.schemeStart:
        if (isAlpha(c)) { buffer += ch.toLowerCase(); state = S.scheme; }
        else if (!stateOverride) { state = S.noScheme; p--; }
        else return null;
        break;
      case S.scheme:
        if (isAlpha(c) || isDigit(c) || c === 0x2b || c === 0x2d || c === 0x2e) buffer += ch.toLowerCase();
        else if (c === 0x3a) {
          if (stateOverride) {
            if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return undefined;
            if ((url.username || url.password || url.port !== null) && buffer === 'file') return undefined;
            if (url.scheme === 'file' && url.host === '') return undefined;
          }
          url.scheme = buffer;
          if (stateOverride) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return url;
          }
          buffer = '';
          if (url.scheme === 'file') state = S.file;
          else if (isSpecialScheme(url.scheme) && base !== null && base.scheme === url.scheme) state = S.specialRelativeOrAuthority;
          else if (isSpecialScheme(url.scheme)) state = S.specialAuthoritySlashes;
          else if (input[p + 1] === '/') { state = S.pathOrAuthority; p++; }
          else { url.path = ''; state = S.opaquePath; }
        } else if (!stateOverride) { buffer = ''; state = S.noScheme; p = -1; }
        else return null;
        break;
      case S.noScheme:
        if (base === null || (typeof base.path === 'string' && c !== 0x23)) return null;
        if (typeof base.path === 'string' && c === 0x23) {
          url.scheme = base.scheme;
          url.path = base.path;
          url.query = base.query;
          url.fragment = '';
          state = S.fragment;
        } else if (base.scheme !== 'file') { state = S.relative; p--; }
        else { state = S.file; p--; }
        break;
      case S.specialRelativeOrAuthority:
        if (c === 0x2f && input[p + 1] === '/') { state = S.specialAuthorityIgnoreSlashes; p++; }
        else { state = S.relative; p--; }
        break;
      case S.pathOrAuthority:
        if (c === 0x2f) state = S.authority;
        else { state = S.path; p--; }
        break;
      case S.relative:
        url.scheme = base.scheme;
        if (c === 0x2f) state = S.relativeSlash;
        else if (isSpecialScheme(url.scheme) && c === 0x5c) state = S.relativeSlash;
        else {
          url.username = base.username; url.password = base.password; url.host = base.host;
          url.port = base.port; url.path = base.path.slice(); url.query = base.query;
          if (c === 0x3f) { url.query = ''; state = S.query; }
          else if (c === 0x23) { url.fragment = ''; state = S.fragment; }
          else if (c !== -1) {
            url.query = null;
            shortenPath(url);
            state = S.path;
            p--;
          }
        }
        break;
      case S.relativeSlash:
        if (isSpecialScheme(url.scheme) && (c === 0x2f || c === 0x5c)) state = S.specialAuthorityIgnoreSlashes;
        else if (c === 0x2f) state = S.authority;
        else {
          url.username = base.username; url.password = base.password; url.host = base.host; url.port = base.port;
          state = S.path;
          p--;
        }
        break;
      case S.specialAuthoritySlashes:
        if (c === 0x2f && input[p + 1] === '/') { state = S.specialAuthorityIgnoreSlashes; p++; }
        else { state = S.specialAuthorityIgnoreSlashes; p--; }
        break;
      case S.specialAuthorityIgnoreSlashes:
        if (c !== 0x2f && c !== 0x5c) { state = S.authority; p--; }
        break;
      case S.authority:
        if (c === 0x40) {
          if (atSignSeen) buffer = `%40${buffer}`;
          atSignSeen = true;
          for (const bch of buffer) {
            if (bch === ':' && !passwordTokenSeen) { passwordTokenSeen = true; continue; }
            const enc = encode(bch, kSets.userinfo);
            if (passwordTokenSeen) url.password += enc;
            else url.username += enc;
          }
          buffer = '';
        } else if (c === -1 || c === 0x2f || c === 0x3f || c === 0x23 || (isSpecialScheme(url.scheme) && c === 0x5c)) {
          if (atSignSeen && buffer === '') return null;
          p -= buffer.length + 1;
          buffer = '';
          state = S.host;
        } else buffer += ch;
        break;
      case S.host:
      case S.hostname:
        if (stateOverride && url.scheme === 'file') { p--; state = S.fileHost; }
        else if (c === 0x3a && !insideBrackets) {
          if (buffer === '') return null;
          if (stateOverride === S.hostname) return undefined;
          const host = parseHost(buffer, !isSpecialScheme(url.scheme));
          if (host === null) return null;
          url.host = host;
          buffer = '';
          state = S.port;
        } else if (c === -1 || c === 0x2f || c === 0x3f || c === 0x23 || (isSpecialScheme(url.scheme) && c === 0x5c)) {
          p--;
          if (isSpecialScheme(url.scheme) && buffer === '') return null;
          if (stateOverride && buffer === '' && (url.username || url.password || url.port !== null)) return undefined;
          const host = parseHost(buffer, !isSpecialScheme(url.scheme));
          if (host === null) return null;
          url.host = host;
          buffer = '';
          state = S.pathStart;
          if (stateOverride) return url;
        } else {
          if (c === 0x5b) insideBrackets = true;
          if (c === 0x5d) insideBrackets = false;
          buffer += ch;
        }
        break;
      case S.port:
        if (isDigit(c)) buffer += ch;
        else if (c === -1 || c === 0x2f || c === 0x3f || c === 0x23 || (isSpecialScheme(url.scheme) && c === 0x5c) || stateOverride) {
          if (buffer !== '') {
            const port = parseInt(buffer, 10);
            if (port > 65535) return null;
            url.port = port === defaultPort(url.scheme) ? null : port;
            buffer = '';
            if (stateOverride) return url;
          }
          if (stateOverride) return undefined;
          state = S.pathStart;
          p--;
        } else return null;
        break;
      case S.file:
        url.scheme = 'file';
        url.host = '';
        if (c === 0x2f || c === 0x5c) state = S.fileSlash;
        else if (base !== null && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 0x3f) { url.query = ''; state = S.query; }
          else if (c === 0x23) { url.fragment = ''; state = S.fragment; }
          else if (c !== -1) {
            url.query = null;
            if (!startsWithWindowsLetter(input, p)) shortenPath(url);
            else url.path = [];
            state = S.path;
            p--;
          }
        } else { state = S.path; p--; }
        break;
      case S.fileSlash:
        if (c === 0x2f || c === 0x5c) state = S.fileHost;
        else {
          if (base !== null && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWindowsLetter(input, p) && base.path.length > 0 && isWindowsLetter(base.path[0], true)) {
              url.path.push(base.path[0]);
            }
          }
          state = S.path;
          p--;
        }
        break;
      case S.fileHost:
        if (c === -1 || c === 0x2f || c === 0x5c || c === 0x3f || c === 0x23) {
          p--;
          if (!stateOverride && isWindowsLetter(buffer, false)) state = S.path;
          else if (buffer === '') {
            url.host = '';
            if (stateOverride) return url;
            state = S.pathStart;
          } else {
            let host = parseHost(buffer, false);
            if (host === null) return null;
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride) return url;
            buffer = '';
            state = S.pathStart;
          }
        } else buffer += ch;
        break;
      case S.pathStart:
        if (isSpecialScheme(url.scheme)) {
          state = S.path;
          if (c !== 0x2f && c !== 0x5c) p--;
        } else if (!stateOverride && c === 0x3f) { url.query = ''; state = S.query; }
        else if (!stateOverride && c === 0x23) { url.fragment = ''; state = S.fragment; }
        else if (c !== -1) { state = S.path; if (c !== 0x2f) p--; }
        else if (stateOverride && url.host === null) url.path.push('');
        break;
      case S.path:
        if (c === -1 || c === 0x2f || (isSpecialScheme(url.scheme) && c === 0x5c) ||
            (!stateOverride && (c === 0x3f || c === 0x23))) {
          const slash = c === 0x2f || (isSpecialScheme(url.scheme) && c === 0x5c);
          buffer = encode(buffer, kSets.path);
          if (isDoubleDot(buffer)) {
            shortenPath(url);
            if (!slash) url.path.push('');
          } else if (isSingleDot(buffer) && !slash) url.path.push('');
          else if (!isSingleDot(buffer)) {
            if (url.scheme === 'file' && url.path.length === 0 && isWindowsLetter(buffer, false)) {
              buffer = `${buffer[0]}:`;
            }
            url.path.push(buffer);
          }
          buffer = '';
          if (c === 0x3f) { url.query = ''; state = S.query; }
          if (c === 0x23) { url.fragment = ''; state = S.fragment; }
        } else buffer += ch;
        break;
      case S.opaquePath:
        if (c === 0x3f) { url.query = ''; state = S.query; }
        else if (c === 0x23) { url.fragment = ''; state = S.fragment; }
        else if (c !== -1) url.path += encode(ch, kSets.c0);
        break;
      case S.query:
        if ((!stateOverride && c === 0x23) || c === -1) {
          url.query += encode(buffer, isSpecialScheme(url.scheme) ? kSets.specialQuery : kSets.query);
          buffer = '';
          if (c === 0x23) { url.fragment = ''; state = S.fragment; }
        } else buffer += ch;
        break;
      case S.fragment:
        if (c !== -1) buffer += ch;
        else url.fragment += encode(buffer, kSets.fragment);
        break;
    }
  }
  return url;
}

function serializePath(url) {
  if (typeof url.path === 'string') return url.path;
  let out = '';
  for (const seg of url.path) out += `/${seg}`;
  return out;
}

function serializeHost(url) {
  return url.port === null ? url.host : `${url.host}:${url.port}`;
}

function serialize(url, excludeFragment = false) {
  let out = `${url.scheme}:`;
  if (url.host !== null) {
    out += '//';
    if (url.username !== '' || url.password !== '') {
      out += url.username;
      if (url.password !== '') out += `:${url.password}`;
      out += '@';
    }
    out += serializeHost(url);
  } else if (typeof url.path !== 'string' && url.path.length > 1 && url.path[0] === '') out += '/.';
  out += serializePath(url);
  if (url.query !== null) out += `?${url.query}`;
  if (!excludeFragment && url.fragment !== null) out += `#${url.fragment}`;
  return out;
}

function origin(url) {
  switch (url.scheme) {
    case 'blob': {
      const inner = typeof url.path === 'string' ? parse(url.path) : null;
      return inner && (inner.scheme === 'http' || inner.scheme === 'https') ? origin(inner) : 'null';
    }
    case 'ftp': case 'http': case 'https': case 'ws': case 'wss':
      return `${url.scheme}://${serializeHost(url)}`;
    default:
      return 'null';
  }
}

module.exports = { parse, serialize, serializePath, serializeHost, origin, S, newRecord };
