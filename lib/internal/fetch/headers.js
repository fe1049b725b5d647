'use strict';
// Headers (Fetch Standard) as Node 20's undici has it: names validated as tokens,
// values normalized, a guard, iteration sorted by lower-case name with the values of
// one name combined (set-cookie values apart), and the list kept in insertion order
// with each name's first spelling for what goes on the wire and util.inspect.

const kList = Symbol('headers list');
const kGuard = Symbol('headers guard');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const invalidValueRe = /[\0\r\n]/;

const { argCount, pairIterator, finishInterface } = require('internal/fetch/webidl');

function byteString(value) {
  const str = `${value}`;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c > 255) {
      throw new TypeError(`Cannot convert argument to a ByteString because the character at index ${i} has a value of ${c} which is greater than 255.`);
    }
  }
  return str;
}

function normalizeValue(value) {
  return value.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
}

function checkName(prefix, name) {
  if (!tokenRe.test(name)) throw new TypeError(`${prefix}: "${name}" is an invalid header name.`);
}

function checkValue(prefix, value) {
  if (invalidValueRe.test(value)) throw new TypeError(`${prefix}: "${value}" is an invalid header value.`);
}

// The list: Map lower-case name -> { name, value, cookies }.
class HeadersList {
  constructor() { this.map = new Map(); this.sorted = null; }

  append(name, value) {
    const lower = name.toLowerCase();
    const entry = this.map.get(lower);
    if (entry) {
      entry.value += (lower === 'cookie' ? '; ' : ', ') + value;
      if (entry.cookies) entry.cookies.push(value);
    } else {
      this.map.set(lower, { name, value, cookies: lower === 'set-cookie' ? [value] : null });
    }
    this.sorted = null;
  }

  set(name, value) {
    const lower = name.toLowerCase();
    const old = this.map.get(lower);
    this.map.set(lower, { name: old ? old.name : name, value, cookies: lower === 'set-cookie' ? [value] : null });
    this.sorted = null;
  }

  delete(name) { if (this.map.delete(name.toLowerCase())) this.sorted = null; }
  get(name) { return this.map.get(name.toLowerCase())?.value ?? null; }
  has(name) { return this.map.has(name.toLowerCase()); }

  // [lower name, value] pairs sorted by name; each set-cookie value is its own pair.
  entries() {
    if (this.sorted) return this.sorted;
    const out = [];
    for (const lower of [...this.map.keys()].sort()) {
      const entry = this.map.get(lower);
      if (entry.cookies) for (const c of entry.cookies) out.push([lower, c]);
      else out.push([lower, entry.value]);
    }
    this.sorted = out;
    return out;
  }

  // [name as first spelled, value] pairs in insertion order, for the wire.
  raw() {
    const out = [];
    for (const { name, value, cookies } of this.map.values()) {
      if (cookies) for (const c of cookies) out.push([name, c]);
      else out.push([name, value]);
    }
    return out;
  }

  clone() {
    const list = new HeadersList();
    for (const [k, e] of this.map) list.map.set(k, { ...e, cookies: e.cookies && e.cookies.slice() });
    return list;
  }
}

function checkGuard(headers) {
  if (headers[kGuard] === 'immutable') throw new TypeError('immutable');
}

function fill(headers, init) {
  if (init === null || (typeof init !== 'object' && typeof init !== 'function')) {
    throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
  }
  if (typeof init[Symbol.iterator] === 'function') {
    let index = 0;
    for (const pair of init) {
      if (pair === null || typeof pair !== 'object' || typeof pair[Symbol.iterator] !== 'function') {
        throw new TypeError(`Headers contructor: init[${index}] (${String(pair)}) is not iterable.`);
      }
      index++;
      const p = [...pair];
      if (p.length !== 2) {
        throw new TypeError(`Headers constructor: expected name/value pair to be length 2, found ${p.length}.`);
      }
      appendHeader(headers, 'Headers.append', byteString(p[0]), byteString(p[1]));
    }
    return;
  }
  for (const key of Reflect.ownKeys(init)) {
    const desc = Reflect.getOwnPropertyDescriptor(init, key);
    if (desc === undefined || !desc.enumerable) continue;
    if (typeof key === 'symbol') throw new TypeError('Headers contructor: init is a symbol, which cannot be converted to a DOMString.');
    appendHeader(headers, 'Headers.append', byteString(key), byteString(init[key]));
  }
}

function appendHeader(headers, prefix, name, value) {
  value = normalizeValue(value);
  checkName(prefix, name);
  checkValue(prefix, value);
  checkGuard(headers);
  headers[kList].append(name, value);
}

class Headers {
  constructor(init = undefined) {
    this[kList] = new HeadersList();
    this[kGuard] = 'none';
    if (init !== undefined) fill(this, init);
  }

  append(name, value) {
    argCount('Headers.append', arguments.length, 2);
    appendHeader(this, 'Headers.append', byteString(name), byteString(value));
  }

  delete(name) {
    argCount('Headers.delete', arguments.length, 1);
    name = byteString(name);
    checkName('Headers.delete', name);
    checkGuard(this);
    this[kList].delete(name);
  }

  get(name) {
    argCount('Headers.get', arguments.length, 1);
    name = byteString(name);
    checkName('Headers.get', name);
    return this[kList].get(name);
  }

  has(name) {
    argCount('Headers.has', arguments.length, 1);
    name = byteString(name);
    checkName('Headers.has', name);
    return this[kList].has(name);
  }

  set(name, value) {
    argCount('Headers.set', arguments.length, 2);
    name = byteString(name);
    value = normalizeValue(byteString(value));
    checkName('Headers.set', name);
    checkValue('Headers.set', value);
    checkGuard(this);
    this[kList].set(name, value);
  }

  getSetCookie() {
    return this[kList].map.get('set-cookie')?.cookies.slice() ?? [];
  }

  forEach(callback, thisArg = undefined) { iterator.forEach(this, callback, thisArg, arguments.length); }
  keys() { return iterator.make(this, 'key'); }
  values() { return iterator.make(this, 'value'); }
  entries() { return iterator.make(this, 'key+value'); }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const fn = inspect || require('internal/util/inspect').inspect;
    const obj = {};
    for (const { name, value } of this[kList].map.values()) obj[name] = value;
    return `Headers ${fn(obj, options)}`;
  }

  // After util.inspect's hook, as in Node (the prototype's symbols come in that order).
  [Symbol.iterator]() { return iterator.make(this, 'key+value'); }
}

finishInterface(Headers, 'Headers', ['append', 'delete', 'get', 'has', 'set', 'getSetCookie', 'keys', 'values', 'entries', 'forEach']);
const iterator = pairIterator('Headers', (headers) => headers[kList].entries());

// A Headers object over a given list and guard, for Request/Response/fetch.
function headersFrom(list, guard) {
  const h = Object.create(Headers.prototype);
  h[kList] = list;
  h[kGuard] = guard;
  return h;
}

module.exports = { Headers, HeadersList, headersFrom, fill, kList, kGuard, byteString, normalizeValue };
