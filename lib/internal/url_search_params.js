'use strict';
// URLSearchParams (https://url.spec.whatwg.org/#interface-urlsearchparams) and the
// application/x-www-form-urlencoded parser and serializer.

const { encode, kSets, percentDecode } = require('internal/url_encoding');
const { codes } = require('internal/errors');

const kList = Symbol('query');
const kUrl = Symbol('context');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

function parseForm(input) {
  const out = [];
  for (const seq of input.split('&')) {
    if (seq === '') continue;
    const eq = seq.indexOf('=');
    const name = eq === -1 ? seq : seq.slice(0, eq);
    const value = eq === -1 ? '' : seq.slice(eq + 1);
    out.push([percentDecode(name.replace(/\+/g, ' ')), percentDecode(value.replace(/\+/g, ' '))]);
  }
  return out;
}

function serializeForm(list) {
  return list.map(([n, v]) => `${encode(n, kSets.form, true)}=${encode(v, kSets.form, true)}`).join('&');
}

// USVString conversion: lone surrogates become U+FFFD.
function toUSV(v) {
  const s = `${v}`;
  return s.toWellFormed ? s.toWellFormed() : s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

function checkArgs(n, required) {
  if (n < required.length) throw new codes.ERR_MISSING_ARGS(...required);
}

class URLSearchParams {
  constructor(init = undefined) {
    this[kList] = [];
    this[kUrl] = null;
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const iter = init[Symbol.iterator];
      if (typeof iter === 'function') {
        for (const pair of init) {
          if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function') ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new codes.ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const arr = [...pair];
          if (arr.length !== 2) throw new codes.ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          this[kList].push([toUSV(arr[0]), toUSV(arr[1])]);
        }
      } else if (iter != null) {
        throw new codes.ERR_ARG_NOT_ITERABLE('Query pairs');
      } else {
        for (const key of Reflect.ownKeys(init)) {
          if (typeof key !== 'string' || !Object.prototype.propertyIsEnumerable.call(init, key)) continue;
          this[kList].push([toUSV(key), toUSV(init[key])]);
        }
      }
      return;
    }
    let s = toUSV(init);
    if (s[0] === '?') s = s.slice(1);
    this[kList] = parseForm(s);
  }

  get size() { return this[kList].length; }

  #update() {
    const url = this[kUrl];
    if (url === null) return;
    const s = serializeForm(this[kList]);
    url._setQueryFromParams(s === '' ? null : s);
  }

  append(name, value) {
    checkArgs(arguments.length, ['name', 'value']);
    this[kList].push([toUSV(name), toUSV(value)]);
    this.#update();
  }

  delete(name, value = undefined) {
    checkArgs(arguments.length, ['name']);
    name = toUSV(name);
    if (value !== undefined) {
      value = toUSV(value);
      this[kList] = this[kList].filter(([n, v]) => !(n === name && v === value));
    } else this[kList] = this[kList].filter(([n]) => n !== name);
    this.#update();
  }

  get(name) {
    checkArgs(arguments.length, ['name']);
    name = toUSV(name);
    const e = this[kList].find(([n]) => n === name);
    return e ? e[1] : null;
  }

  getAll(name) {
    checkArgs(arguments.length, ['name']);
    name = toUSV(name);
    return this[kList].filter(([n]) => n === name).map(([, v]) => v);
  }

  has(name, value = undefined) {
    checkArgs(arguments.length, ['name']);
    name = toUSV(name);
    if (value !== undefined) {
      value = toUSV(value);
      return this[kList].some(([n, v]) => n === name && v === value);
    }
    return this[kList].some(([n]) => n === name);
  }

  set(name, value) {
    checkArgs(arguments.length, ['name', 'value']);
    name = toUSV(name);
    value = toUSV(value);
    const list = this[kList];
    const i = list.findIndex(([n]) => n === name);
    if (i === -1) list.push([name, value]);
    else {
      list[i][1] = value;
      this[kList] = list.filter(([n], j) => j <= i || n !== name);
    }
    this.#update();
  }

  sort() {
    // Stable, by UTF-16 code units of the names.
    const list = this[kList].map((e, i) => [e, i]);
    list.sort(([a, i], [b, j]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : i - j));
    this[kList] = list.map(([e]) => e);
    this.#update();
  }

  forEach(callback, thisArg = undefined) {
    if (typeof callback !== 'function') throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    for (let i = 0; i < this[kList].length; i++) {
      const [n, v] = this[kList][i];
      callback.call(thisArg, v, n, this);
    }
  }

  *entries() { for (let i = 0; i < this[kList].length; i++) yield [this[kList][i][0], this[kList][i][1]]; }
  *keys() { for (let i = 0; i < this[kList].length; i++) yield this[kList][i][0]; }
  *values() { for (let i = 0; i < this[kList].length; i++) yield this[kList][i][1]; }
  [Symbol.iterator]() { return this.entries(); }
  toString() { return serializeForm(this[kList]); }

  [kInspect](depth, options, inspect) {
    if (typeof depth === 'number' && depth < 0) return '[Object]';
    const parts = this[kList].map(([n, v]) => `${inspect(n)} => ${inspect(v)}`);
    return parts.length === 0 ? 'URLSearchParams {}' : `URLSearchParams { ${parts.join(', ')} }`;
  }
}

Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });

// Called by URL: (re)binds a params object to its URL and replaces the list.
function attachParams(params, url, query) {
  params[kUrl] = url;
  params[kList] = query ? parseForm(query) : [];
}

module.exports = { URLSearchParams, attachParams, parseForm, serializeForm, toUSV };
