'use strict';
// node:querystring — Node's query string format: '&' and '=' separators, '+' as a
// space when parsing, percent-encoding of everything but A-Z a-z 0-9 - . _ ~ ! ' ( ) *.

const { percentDecode } = require('internal/url_encoding');

function escape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  // encodeURIComponent keeps exactly Node's unescaped set; lone surrogates throw
  // URIError in both.
  return encodeURIComponent(str);
}

function unescapeBuffer(s, decodeSpaces) {
  const { Buffer } = require('buffer');
  const bytes = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2b && decodeSpaces) bytes.push(0x20);
    else if (c === 0x25 && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(s[i]));
  }
  return Buffer.from(bytes);
}

function unescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return percentDecode(decodeSpaces ? s.replace(/\+/g, ' ') : s);
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if ((typeof v === 'number' && Number.isFinite(v)) || typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep = '&', eq = '=', options = undefined) {
  sep ||= '&';
  eq ||= '=';
  const encode = options && typeof options.encodeURIComponent === 'function' ? options.encodeURIComponent : escape;
  if (obj === null || typeof obj !== 'object') return '';
  const parts = [];
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const ks = encode(stringifyPrimitive(k)) + eq;
    if (Array.isArray(v)) {
      for (const item of v) parts.push(ks + encode(stringifyPrimitive(item)));
    } else parts.push(ks + encode(stringifyPrimitive(v)));
  }
  return parts.join(sep);
}

function parse(qs, sep = '&', eq = '=', options = undefined) {
  const obj = Object.create(null);
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  const decode = options && typeof options.decodeURIComponent === 'function'
    ? options.decodeURIComponent : unescape;
  let pairs = qs.split(sep);
  if (maxKeys > 0) pairs = pairs.slice(0, maxKeys);
  for (const pair of pairs) {
    if (pair === '') continue;
    const i = pair.indexOf(eq);
    const rawKey = i === -1 ? pair : pair.slice(0, i);
    const rawValue = i === -1 ? '' : pair.slice(i + eq.length);
    const key = decodeStr(rawKey.replace(/\+/g, ' '), decode);
    const value = decodeStr(rawValue.replace(/\+/g, ' '), decode);
    if (key in obj) {
      const cur = obj[key];
      if (Array.isArray(cur)) cur.push(value);
      else obj[key] = [cur, value];
    } else obj[key] = value;
  }
  return obj;
}

function decodeStr(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return unescape(s, true);
  }
}

module.exports = {
  unescapeBuffer, unescape, escape, stringify, encode: stringify, parse, decode: parse,
};
