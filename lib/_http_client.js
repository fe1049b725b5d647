'use strict';
// http.ClientRequest: an OutgoingMessage whose response arrives through a
// RESPONSE parser on the socket the agent (or net.createConnection) provides.

const { setPrototypeDefaults, adoptClassPrototype } = require('internal/util/prototype_defaults');
const net = require('net');
const { Buffer } = require('buffer');
const { finished } = require('stream');
const { OutgoingMessage, kUniqueHeaders, parseUniqueHeadersOption } = require('_http_outgoing');
const {
  parsers, freeParser, HTTPParser, isLenient, prepareError,
  _checkIsHttpToken: checkIsHttpToken,
} = require('_http_common');
const agentModule = require('_http_agent');
const { kOutHeaders, kNeedDrain } = require('internal/http/utils');
const { validateAbortSignal, validateBoolean, validateInteger } = require('internal/net/validators');
const {
  ERR_HTTP_HEADERS_SENT, ERR_INVALID_ARG_TYPE, ERR_INVALID_HTTP_TOKEN, ERR_INVALID_PROTOCOL,
  ERR_UNESCAPED_CHARACTERS,
} = require('internal/errors').codes;

const kError = Symbol('kError');
const INVALID_PATH_REGEX = /[^\u0021-\u00ff]/;

function connResetException(msg) {
  const err = new Error(msg);
  err.code = 'ECONNRESET';
  return err;
}

function validateHost(host, name) {
  if (host !== null && host !== undefined && typeof host !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(`options.${name}`, ['string', 'undefined', 'null'], host);
  }
  return host;
}

const { getTimerDuration } = require('internal/stream_base_commons');

// One conversion for http.request() and url.urlToHttpOptions().
const { isURL, urlToHttpOptions } = require('internal/url');


const requestDefaults = {
  maxHeaderSize: undefined,
  insecureHTTPParser: undefined,
  joinDuplicateHeaders: undefined,
  _ended: false,
  aborted: false,
  timeoutCb: null,
  upgradeOrConnect: false,
  parser: null,
  maxHeadersCount: null,
  reusedSocket: false,
};

// A function, as in Node, so that `ClientRequest.call(this, ...)` works (old-style
// subclasses, light-my-request); the methods are the class's below.
function ClientRequest(input, options, cb) {
  OutgoingMessage.call(this);
  if (typeof input === 'string') {
    input = urlToHttpOptions(new URL(input));
  } else if (isURL(input)) {
    input = urlToHttpOptions(input);
  } else {
    cb = options;
    options = input;
    input = null;
  }
  if (typeof options === 'function') {
    cb = options;
    options = input || {};
  } else {
    options = Object.assign(input || {}, options);
  }
  const optsWithoutSignal = this._setupOptions(options);
  if (cb) this.once('response', cb);
  this._setupHeaders(options, optsWithoutSignal);
  // Read after the headers, as Node does: a head already built (headers given as
  // an array, or an Expect header) does not join its unique headers.
  const unique = parseUniqueHeadersOption(options.uniqueHeaders);
  if (unique !== null) this[kUniqueHeaders] = unique;
  this._connect(optsWithoutSignal);
}

class ClientRequestMethods extends OutgoingMessage {
  _setupOptions(options) {
    let agent = options.agent;
    const defaultAgent = options._defaultAgent || agentModule.globalAgent;
    if (agent === false) {
      agent = new defaultAgent.constructor();
    } else if (agent === null || agent === undefined) {
      if (typeof options.createConnection !== 'function') agent = defaultAgent;
    } else if (typeof agent.addRequest !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options.agent', ['Agent-like Object', 'undefined', 'false'], agent);
    }
    this.agent = agent;
    const protocol = options.protocol || defaultAgent.protocol;
    const expectedProtocol = (this.agent && this.agent.protocol) || defaultAgent.protocol;
    if (options.path) {
      if (INVALID_PATH_REGEX.test(String(options.path))) throw new ERR_UNESCAPED_CHARACTERS('Request path');
    }
    if (protocol !== expectedProtocol) throw new ERR_INVALID_PROTOCOL(protocol, expectedProtocol);
    const defaultPort = options.defaultPort || (this.agent && this.agent.defaultPort);
    const opts = Object.assign(Object.create(null), options);
    const port = opts.port = options.port || defaultPort || 80;
    const host = opts.host = validateHost(options.hostname, 'hostname') || validateHost(options.host, 'host') || 'localhost';
    this._setHost = options.setHost === undefined || Boolean(options.setHost);
    this._defaultPort = defaultPort;
    this.socketPath = options.socketPath;
    if (options.timeout !== undefined) this.timeout = getTimerDuration(options.timeout, 'timeout');
    const signal = options.signal;
    if (signal) {
      addAbortSignal(signal, this);
      delete opts.signal;
    }
    let method = options.method;
    if (method !== null && method !== undefined && typeof method !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.method', 'string', method);
    }
    if (method) {
      if (!checkIsHttpToken(method)) throw new ERR_INVALID_HTTP_TOKEN('Method', method);
      method = this.method = method.toUpperCase();
    } else {
      method = this.method = 'GET';
    }
    // Options most requests leave unset, and per-request state most requests never
    // change, read through the prototype (requestDefaults below) until set.
    if (options.maxHeaderSize !== undefined) {
      validateInteger(options.maxHeaderSize, 'maxHeaderSize', 0);
      this.maxHeaderSize = options.maxHeaderSize;
    }
    if (options.insecureHTTPParser !== undefined) {
      validateBoolean(options.insecureHTTPParser, 'options.insecureHTTPParser');
      this.insecureHTTPParser = options.insecureHTTPParser;
    }
    if (options.joinDuplicateHeaders !== undefined) {
      validateBoolean(options.joinDuplicateHeaders, 'options.joinDuplicateHeaders');
      this.joinDuplicateHeaders = options.joinDuplicateHeaders;
    }
    this.path = options.path || '/';
    const bodyless = method === 'GET' || method === 'HEAD' || method === 'DELETE' ||
      method === 'OPTIONS' || method === 'TRACE' || method === 'CONNECT';
    if (bodyless) this.useChunkedEncodingByDefault = false;
    this.res = null;
    this.host = host;
    this.protocol = protocol;
    if (this.agent) {
      // Keep-alive by default only if the agent will really reuse the socket.
      if (!this.agent.keepAlive && !Number.isFinite(this.agent.maxSockets)) {
        this._last = true;
        this.shouldKeepAlive = false;
      } else {
        this._last = false;
        this.shouldKeepAlive = true;
      }
    }
    return opts;
  }

  _setupHeaders(options, opts) {
    if (Array.isArray(options.headers)) {
      this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', options.headers);
      return;
    }
    if (options.headers) {
      for (const key of Object.keys(options.headers)) this.setHeader(key, options.headers[key]);
    }
    const host = opts.host;
    const port = opts.port;
    if (host && !this.getHeader('host') && this._setHost) {
      let hostHeader = host;
      const posColon = hostHeader.indexOf(':');
      if (posColon !== -1 && hostHeader.includes(':', posColon + 1) && hostHeader.charCodeAt(0) !== 91) {
        hostHeader = `[${hostHeader}]`;
      }
      if (port && +port !== this._defaultPort) hostHeader += ':' + port;
      this.setHeader('Host', hostHeader);
    }
    if (options.auth && !this.getHeader('Authorization')) {
      this.setHeader('Authorization', 'Basic ' + Buffer.from(options.auth).toString('base64'));
    }
    if (this.getHeader('expect')) {
      if (this._header) throw new ERR_HTTP_HEADERS_SENT('render');
      this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', this[kOutHeaders]);
    }
  }

  _connect(opts) {
    if (this.agent) {
      this.agent.addRequest(this, opts);
      return;
    }
    this._last = true;
    this.shouldKeepAlive = false;
    if (opts.path || opts.socketPath) {
      opts = { ...opts };
      if (opts.socketPath) opts.path = opts.socketPath;
      else opts.path = undefined;
    }
    if (typeof opts.createConnection === 'function') {
      let called = false;
      const oncreate = (err, socket) => {
        if (called) return;
        called = true;
        if (err) process.nextTick(() => this.emit('error', err));
        else this.onSocket(socket);
      };
      try {
        const newSocket = opts.createConnection(opts, oncreate);
        if (newSocket) oncreate(null, newSocket);
      } catch (err) {
        oncreate(err);
      }
    } else {
      this.onSocket(net.createConnection(opts));
    }
  }

  _finish() {
    super._finish();
  }

  _implicitHeader() {
    if (this._header) throw new ERR_HTTP_HEADERS_SENT('render');
    this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', this[kOutHeaders]);
  }

  abort() {
    if (this.aborted) return;
    this.aborted = true;
    process.nextTick(emitAbortNT, this);
    this.destroy();
  }

  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    // An aborted request does not care about the rest of its response.
    if (this.res) this.res._dump();
    this[kError] = err;
    if (this.socket) this.socket.destroy(err);
    return this;
  }

  onSocket(socket, err) {
    process.nextTick(onSocketNT, this, socket, err);
  }

  _deferToConnect(method, args) {
    const call = () => { if (method) this.socket[method](...args); };
    const onSocket = () => {
      if (this.socket.writable) call();
      else this.socket.once('connect', call);
    };
    if (!this.socket) this.once('socket', onSocket);
    else onSocket();
  }

  setTimeout(msecs, callback) {
    if (this._ended) return this;
    listenSocketTimeout(this);
    msecs = getTimerDuration(msecs, 'msecs');
    if (callback) this.once('timeout', callback);
    if (this.socket) setSocketTimeout(this.socket, msecs);
    else this.once('socket', (sock) => setSocketTimeout(sock, msecs));
    return this;
  }

  setNoDelay(noDelay) { this._deferToConnect('setNoDelay', [noDelay]); }
  setSocketKeepAlive(enable, initialDelay) { this._deferToConnect('setKeepAlive', [enable, initialDelay]); }
  clearTimeout(cb) { this.setTimeout(0, cb); }
}
adoptClassPrototype(ClientRequest, ClientRequestMethods, OutgoingMessage);
setPrototypeDefaults(ClientRequest.prototype, requestDefaults);

function addAbortSignal(signal, req) {
  validateAbortSignal(signal, 'signal');
  const onAbort = () => {
    const err = new Error('The operation was aborted');
    err.name = 'AbortError';
    err.code = 'ABORT_ERR';
    if (signal.reason !== undefined) err.cause = signal.reason;
    req.destroy(err);
  };
  if (signal.aborted) process.nextTick(onAbort);
  else {
    signal.addEventListener('abort', onAbort, { once: true });
    req.once('close', () => signal.removeEventListener('abort', onAbort));
  }
}

function emitAbortNT(req) {
  req.emit('abort');
}

function emitErrorEvent(req, err) {
  req.emit('error', err);
}

function setSocketTimeout(sock, msecs) {
  if (sock.connecting) sock.once('connect', () => sock.setTimeout(msecs));
  else sock.setTimeout(msecs);
}

function emitRequestTimeout() {
  const req = this._httpMessage;
  if (req) req.emit('timeout');
}

function listenSocketTimeout(req) {
  if (req.timeoutCb) return;
  req.timeoutCb = emitRequestTimeout;
  if (req.socket) req.socket.once('timeout', emitRequestTimeout);
  else req.on('socket', (socket) => socket.once('timeout', emitRequestTimeout));
}

function onSocketNT(req, socket, err) {
  if (req.destroyed || err) {
    req.destroyed = true;
    const done = (e) => {
      if (!req.aborted && !e) e = connResetException('socket hang up');
      if (e) emitErrorEvent(req, e);
      req._closed = true;
      req.emit('close');
    };
    if (socket) {
      if (!err && req.agent && !socket.destroyed) {
        socket.emit('free');
      } else {
        finished(socket.destroy(err || req[kError]), (er) => {
          if (er && er.code === 'ERR_STREAM_PREMATURE_CLOSE') er = null;
          done(er || err);
        });
        return;
      }
    }
    done(err || req[kError]);
  } else {
    tickOnSocket(req, socket);
    req._flush();
  }
}

// The response side (parser, socket events) lives with the agent glue.
const { tickOnSocket } = require('internal/http/client_socket');

module.exports = { ClientRequest, urlToHttpOptions, connResetException };
