'use strict';
// Request (Fetch Standard) as Node 20's undici has it: URL parsed without a base,
// method validated and normalized, headers, body (a ReadableStream needs
// `duplex: 'half'`), a signal that follows init.signal, and the informational fields.

const { Headers, HeadersList, headersFrom, fill, kList } = require('internal/fetch/headers');
const { orderPrototype, kState, extractBody, mixinBody, cloneBody, isUnusable } = require('internal/fetch/body');
const { argCount } = require('internal/fetch/webidl');

const kSignal = Symbol('request signal');
const kInspect = Symbol.for('nodejs.util.inspect.custom');
const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const normalizedMethods = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);
const forbiddenMethods = new Set(['CONNECT', 'TRACE', 'TRACK']);

function enumValue(name, value, allowed) {
  value = `${value}`;
  if (!allowed.includes(value)) {
    throw new TypeError(`Request constructor: ${value} is not an accepted type. Expected one of ${allowed.join(', ')}.`);
  }
  return value;
}

function parseURL(input) {
  const { URL } = require('url');
  try {
    return new URL(`${input}`);
  } catch (err) {
    throw new TypeError(`Failed to parse URL from ${input}`, { cause: err });
  }
}

function checkInit(init, prefix) {
  if (init !== null && init !== undefined && typeof init !== 'object' && typeof init !== 'function') {
    throw new TypeError(`${prefix}: Expected ${typeof init === 'symbol' ? 'Symbol()' : String(init)} to be one of: Null, Undefined, Object.`);
  }
  return init ?? {};
}

function followSignal(signal) {
  const ac = new AbortController();
  if (signal != null) {
    if (signal.aborted) ac.abort(signal.reason);
    else signal.addEventListener('abort', () => ac.abort(signal.reason), { once: true });
  }
  return ac.signal;
}

function methodOf(method) {
  method = `${method}`;
  if (!tokenRe.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
  const upper = method.toUpperCase();
  if (forbiddenMethods.has(upper)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
  return normalizedMethods.has(upper) ? upper : method;
}

// The informational RequestInit members and the method.
function applyOptions(state, init) {
  if (init.mode !== undefined) {
    const mode = enumValue('mode', init.mode, ['navigate', 'same-origin', 'no-cors', 'cors']);
    if (mode === 'navigate') throw new TypeError('Request constructor: invalid request mode navigate.');
    state.mode = mode;
  }
  if (init.credentials !== undefined) state.credentials = enumValue('credentials', init.credentials, ['omit', 'same-origin', 'include']);
  if (init.cache !== undefined) state.cache = enumValue('cache', init.cache, ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached']);
  if (init.redirect !== undefined) state.redirect = enumValue('redirect', init.redirect, ['follow', 'manual', 'error']);
  if (init.integrity !== undefined) state.integrity = `${init.integrity}`;
  if (init.keepalive !== undefined) state.keepalive = Boolean(init.keepalive);
  if (init.referrer !== undefined) state.referrer = `${init.referrer}` === '' ? '' : 'about:client';
  if (init.referrerPolicy !== undefined) state.referrerPolicy = `${init.referrerPolicy}`;
  if (init.method !== undefined) state.method = methodOf(init.method);
}

class Request {
  constructor(input, init = undefined) {
    argCount('Request constructor', arguments.length, 1);
    init = checkInit(init, 'Request constructor');
    let state;
    let inputBody = null;
    if (input instanceof Request) {
      const from = input[kState];
      state = { ...from, headers: from.headers.clone(), body: null };
      inputBody = from.body;
    } else {
      const url = parseURL(input);
      if (url.username !== '' || url.password !== '') {
        throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${input}`);
      }
      state = {
        method: 'GET', url: url.href, headers: new HeadersList(), body: null, redirect: 'follow',
        mode: 'cors', credentials: 'same-origin', cache: 'default', referrer: 'about:client',
        referrerPolicy: '', integrity: '', keepalive: false, duplex: 'half',
      };
    }
    let signal = input instanceof Request ? input[kSignal] : null;
    applyOptions(state, init);
    if (init.signal !== undefined) {
      if (init.signal !== null && !(init.signal instanceof AbortSignal)) {
        throw new TypeError("Failed to construct 'Request': member signal is not of type AbortSignal.");
      }
      signal = init.signal;
    }
    if (init.headers !== undefined) {
      state.headers = new HeadersList();
      this[kState] = state;
      fill(headersFrom(state.headers, 'request'), init.headers);
    }
    const hasInitBody = init.body !== undefined && init.body !== null;
    if ((hasInitBody || inputBody !== null) && (state.method === 'GET' || state.method === 'HEAD')) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    if (hasInitBody) {
      const { body, type } = extractBody(init.body);
      state.body = body;
      if (type !== null && !state.headers.has('content-type')) state.headers.append('content-type', type);
      if (body.source === null && init.duplex !== 'half') {
        throw new TypeError('RequestInit: duplex option is required when sending a body.');
      }
    } else if (inputBody !== null) {
      if (isUnusable(inputBody)) throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
      state.body = { ...inputBody };
      inputBody.used = true;  // the new request takes the body over
    }
    this[kState] = state;
    this[kSignal] = followSignal(signal);
    this[kList] = headersFrom(state.headers, 'request');
  }

  get method() { return this[kState].method; }
  get url() { return this[kState].url; }
  get headers() { return this[kList]; }
  get destination() { return ''; }
  get referrer() { return this[kState].referrer; }
  get referrerPolicy() { return this[kState].referrerPolicy; }
  get mode() { return this[kState].mode; }
  get credentials() { return this[kState].credentials; }
  get cache() { return this[kState].cache; }
  get redirect() { return this[kState].redirect; }
  get integrity() { return this[kState].integrity; }
  get keepalive() { return this[kState].keepalive; }
  get isReloadNavigation() { return false; }
  get isHistoryNavigation() { return false; }
  get signal() { return this[kSignal]; }
  get duplex() { return 'half'; }

  clone() {
    if (isUnusable(this[kState].body)) throw new TypeError('unusable');
    const copy = Object.create(Request.prototype);
    const state = this[kState];
    copy[kState] = { ...state, headers: state.headers.clone(), body: cloneBody(state.body) };
    copy[kSignal] = followSignal(this[kSignal]);
    copy[kList] = headersFrom(copy[kState].headers, 'request');
    return copy;
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const fn = inspect || require('internal/util/inspect').inspect;
    return `Request ${fn({
      method: this.method, url: this.url, headers: this.headers, destination: '',
      referrer: this.referrer, referrerPolicy: this.referrerPolicy, mode: this.mode,
      credentials: this.credentials, cache: this.cache, redirect: this.redirect,
      integrity: this.integrity, keepalive: this.keepalive, isReloadNavigation: false,
      isHistoryNavigation: false, signal: this.signal,
    }, { ...options, depth: options.depth == null ? null : options.depth })}`;
  }
}

mixinBody(Request);
Object.defineProperty(Request.prototype, Symbol.toStringTag, { value: 'Request', configurable: true });
orderPrototype(Request.prototype, ['method', 'url', 'headers', 'destination', 'referrer', 'referrerPolicy',
  'mode', 'credentials', 'cache', 'redirect', 'integrity', 'keepalive', 'isReloadNavigation',
  'isHistoryNavigation', 'signal', 'body', 'bodyUsed', 'duplex', 'clone', 'blob', 'arrayBuffer', 'text',
  'json', 'formData', 'bytes']);

module.exports = { Request, kSignal, parseURL };
