'use strict';
// Response (Fetch Standard) as Node 20's undici has it, with Response.error(),
// Response.json() and Response.redirect(), and the factory fetch() uses.

const { HeadersList, headersFrom, fill, kList, kGuard } = require('internal/fetch/headers');
const { orderPrototype, kState, extractBody, mixinBody, cloneBody, isUnusable } = require('internal/fetch/body');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const nullBodyStatus = new Set([101, 103, 204, 205, 304]);
const redirectStatus = new Set([301, 302, 303, 307, 308]);
const reasonRe = /^[\t\x20-\x7e\x80-\xff]*$/;

function checkInit(init, prefix) {
  if (init !== null && init !== undefined && typeof init !== 'object' && typeof init !== 'function') {
    throw new TypeError(`${prefix}: Expected ${String(init)} to be one of: Null, Undefined, Object.`);
  }
  return init ?? {};
}

// Fills a response's state from init and an extracted body (the "initialize a
// response" steps).
function initialize(response, init, extracted) {
  const state = response[kState];
  if (init.status !== undefined) {
    const status = Number(init.status) & 0xffff;
    if (status < 200 || status > 599) throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
    state.status = status;
  }
  if (init.statusText !== undefined) {
    const text = `${init.statusText}`;
    if (!reasonRe.test(text)) throw new TypeError('Invalid statusText');
    state.statusText = text;
  }
  if (init.headers !== undefined) fill(response[kList], init.headers);
  if (extracted !== null) {
    if (nullBodyStatus.has(state.status)) {
      throw new TypeError(`Response constructor: Invalid response status code ${state.status}`);
    }
    state.body = extracted.body;
    if (extracted.type !== null && !state.headers.has('content-type')) state.headers.append('content-type', extracted.type);
  }
}

function makeState() {
  return {
    type: 'default', status: 200, statusText: '', headers: new HeadersList(), body: null,
    urlList: [], redirected: false,
  };
}

class Response {
  constructor(body = null, init = undefined) {
    init = checkInit(init, 'undefined');
    this[kState] = makeState();
    this[kList] = headersFrom(this[kState].headers, 'response');
    initialize(this, init, body === null || body === undefined ? null : extractBody(body));
  }

  static error() {
    const r = makeResponse({ type: 'error', status: 0 });
    r[kList][kGuard] = 'immutable';
    return r;
  }

  static json(data, init = undefined) {
    init = checkInit(init, 'Response.json');
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const r = makeResponse({});
    const extracted = extractBody(text);
    extracted.type = 'application/json';
    initialize(r, init, extracted);
    return r;
  }

  static redirect(url, status = 302) {
    const { parseURL } = require('internal/fetch/request');
    const parsed = parseURL(url);
    status = Number(status);
    if (!redirectStatus.has(status)) throw new RangeError(`Invalid status code ${status}`);
    const r = makeResponse({ status });
    r[kState].headers.set('location', parsed.href);
    r[kList][kGuard] = 'immutable';
    return r;
  }

  get type() { return this[kState].type; }
  get url() {
    const list = this[kState].urlList;
    if (list.length === 0) return '';
    const url = list[list.length - 1];
    const hash = url.indexOf('#');
    return hash === -1 ? url : url.slice(0, hash);
  }

  get redirected() { return this[kState].urlList.length > 1; }
  get status() { return this[kState].status; }
  get ok() { return this[kState].status >= 200 && this[kState].status <= 299; }
  get statusText() { return this[kState].statusText; }
  get headers() { return this[kList]; }

  clone() {
    if (isUnusable(this[kState].body)) throw new TypeError('Response.clone: Body has already been consumed.');
    const state = this[kState];
    const copy = Object.create(Response.prototype);
    copy[kState] = { ...state, headers: state.headers.clone(), body: cloneBody(state.body), urlList: state.urlList.slice() };
    copy[kList] = headersFrom(copy[kState].headers, this[kList][kGuard]);
    return copy;
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const fn = inspect || require('internal/util/inspect').inspect;
    return `Response ${fn({
      status: this.status, statusText: this.statusText, headers: this.headers, body: this.body,
      bodyUsed: this.bodyUsed, ok: this.ok, redirected: this.redirected, type: this.type, url: this.url,
    }, options)}`;
  }
}

mixinBody(Response);
Object.defineProperty(Response.prototype, Symbol.toStringTag, { value: 'Response', configurable: true });
orderPrototype(Response.prototype, ['type', 'url', 'redirected', 'status', 'ok', 'statusText', 'headers',
  'body', 'bodyUsed', 'clone', 'blob', 'arrayBuffer', 'text', 'json', 'formData', 'bytes']);

// A Response from parts (fetch and the static methods); fields not given keep the defaults.
function makeResponse(fields) {
  const r = Object.create(Response.prototype);
  r[kState] = { ...makeState(), ...fields };
  r[kList] = headersFrom(r[kState].headers, 'response');
  return r;
}

module.exports = { Response, makeResponse, nullBodyStatus, redirectStatus };
