'use strict';
// http.Server (a net.Server) and ServerResponse. One parser per connection; every
// request becomes an IncomingMessage + ServerResponse pair; pipelined responses go
// out in request order (the next one gets the socket when the previous finishes).

const { setPrototypeDefaults, adoptClassPrototype } = require('internal/util/prototype_defaults');
const net = require('net');
const EE = require('events');
const { OutgoingMessage, kUniqueHeaders, parseUniqueHeadersOption } = require('_http_outgoing');
const { IncomingMessage } = require('_http_incoming');
const {
  parsers, freeParser, continueExpression, chunkExpression, kIncomingMessage, HTTPParser,
  isLenient, prepareError, _checkInvalidHeaderChar: checkInvalidHeaderChar,
} = require('_http_common');
const { ConnectionsList } = require('internal/http/connections');
const { kOutHeaders, kNeedDrain } = require('internal/http/utils');
const STATUS_CODES = require('internal/http/status_codes');
const { validateBoolean, validateInteger, validateObject } = require('internal/net/validators');
const { validateLinkHeaderValue } = require('internal/http/validate');
const {
  ERR_HTTP_HEADERS_SENT, ERR_HTTP_INVALID_STATUS_CODE, ERR_HTTP_REQUEST_TIMEOUT,
  ERR_HTTP_SOCKET_ASSIGNED, ERR_INVALID_ARG_VALUE, ERR_INVALID_CHAR,
  ERR_OUT_OF_RANGE,
} = require('internal/errors').codes;

const kServerResponse = Symbol('ServerResponse');
const kConnections = Symbol('http.server.connections');
const kCloseFromConnection = Symbol('closeFromConnection');
const kConnectionsCheckingInterval = Symbol('http.server.connectionsCheckingInterval');

const badRequestResponse = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
const requestTimeoutResponse = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';
const requestHeaderFieldsTooLargeResponse = 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';
const requestChunkExtensionsTooLargeResponse = 'HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n';

function noop() {}

// A function, as in Node, so that `ServerResponse.call(this, ...)` works (old-style
// subclasses, light-my-request); the methods are the class's below.
function ServerResponse(req, options) {
  OutgoingMessage.call(this, options);
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = chunkExpression.test(req.headers.te);
    this.shouldKeepAlive = false;
  }
}

class ServerResponseMethods extends OutgoingMessage {
  assignSocket(socket) {
    assignSocket(this, socket, false);
  }

  detachSocket(socket) {
    if (socket[kCloseFromConnection] === this) socket[kCloseFromConnection] = null;
    else socket.removeListener('close', onServerResponseClose);
    socket._httpMessage = null;
    this.socket = null;
  }

  writeContinue(cb) {
    this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', cb);
    this._sent100 = true;
  }

  writeProcessing(cb) {
    this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'ascii', cb);
  }

  // As Node: nothing is sent (and cb is not called) without a link; the links go
  // on one `Link:` line, the other hints follow as given, unchecked.
  writeEarlyHints(hints, cb) {
    validateObject(hints, 'hints');
    if (hints.link === null || hints.link === undefined) return;
    const link = validateLinkHeaderValue(hints.link);
    if (link.length === 0) return;
    let head = 'HTTP/1.1 103 Early Hints\r\nLink: ' + link + '\r\n';
    for (const key of Object.keys(hints)) {
      if (key !== 'link') head += key + ': ' + hints[key] + '\r\n';
    }
    this._writeRaw(head + '\r\n', 'ascii', cb);
  }

  _implicitHeader() {
    this.writeHead(this.statusCode);
  }

  writeHead(statusCode, reason, obj) {
    if (this._header) throw new ERR_HTTP_HEADERS_SENT('write');
    const originalStatusCode = statusCode;
    statusCode |= 0;
    if (statusCode < 100 || statusCode > 999) throw new ERR_HTTP_INVALID_STATUS_CODE(originalStatusCode);
    if (typeof reason === 'string') {
      this.statusMessage = reason;
    } else {
      if (!this.statusMessage) this.statusMessage = STATUS_CODES[statusCode] || 'unknown';
      if (obj === undefined || obj === null) obj = reason;
    }
    this.statusCode = statusCode;
    let headers;
    if (this[kOutHeaders]) {
      // Headers set with setHeader() merge with the ones given here.
      if (Array.isArray(obj)) {
        if (obj.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', obj);
        // Node 20 sets each pair in turn: a name given twice keeps its last value.
        for (let n = 0; n < obj.length; n += 2) if (obj[n]) this.setHeader(obj[n], obj[n + 1]);
      } else if (obj) {
        const keys = Object.keys(obj);
        for (let i = 0; i < keys.length; i++) if (keys[i]) this.setHeader(keys[i], obj[keys[i]]);
      }
      headers = this[kOutHeaders];
    } else {
      headers = obj;
    }
    const statusLine = statusLineOf(statusCode, this.statusMessage);
    if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) {
      this._hasBody = false;
    }
    // A client waiting for 100 Continue that got a final status may still send the
    // body: do not reuse the connection.
    if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
    this._storeHeader(statusLine, headers);
    return this;
  }
}
adoptClassPrototype(ServerResponse, ServerResponseMethods, OutgoingMessage);
ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;
// Per-request defaults on the prototype (see OutgoingMessage's constructor); Node
// sets sendDate, statusCode and statusMessage in the constructor.
setPrototypeDefaults(ServerResponse.prototype, {
  _sent100: false, _expect_continue: false, sendDate: true, statusCode: 200, statusMessage: undefined,
});

// 'HTTP/1.1 200 OK\r\n': made once per status code with its standard message.
const statusLines = [];
function statusLineOf(statusCode, message) {
  if (message === STATUS_CODES[statusCode]) {
    let line = statusLines[statusCode];
    if (line === undefined) line = statusLines[statusCode] = `HTTP/1.1 ${statusCode} ${message}\r\n`;
    return line;
  }
  if (checkInvalidHeaderChar(message)) throw new ERR_INVALID_CHAR('statusMessage');
  return `HTTP/1.1 ${statusCode} ${message}\r\n`;
}

// The response's 'close' follows its socket's: from a 'close' listener of its own,
// or, when the connection's listener is the socket's last (closeFromConnection),
// from that listener's end: the same order, without a listener per response. The
// socket holds which response that is (a slot reused by every request).
function assignSocket(res, socket, closeFromConnection) {
  if (socket._httpMessage) throw new ERR_HTTP_SOCKET_ASSIGNED();
  socket._httpMessage = res;
  if (closeFromConnection) socket[kCloseFromConnection] = res;
  else socket.on('close', onServerResponseClose);
  res.socket = socket;
  res.emit('socket', socket);
  res._flush();
}

function onServerResponseClose() {
  if (this._httpMessage) emitCloseNT(this._httpMessage);
}

function emitCloseNT(self) {
  if (!self._closed) {
    self.destroyed = true;
    self._closed = true;
    self.emit('close');
  }
}

// Node's checks, in its order: integers >= 0, booleans, each only when given.
function optionalInteger(value, name, def) {
  if (value === undefined) return def;
  validateInteger(value, name, 0);
  return value;
}

function optionalBoolean(value, name, def) {
  if (value === undefined) return def;
  validateBoolean(value, name);
  return value;
}

function storeHTTPOptions(options) {
  this[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  this[kServerResponse] = options.ServerResponse || ServerResponse;
  this.maxHeaderSize = optionalInteger(options.maxHeaderSize, 'maxHeaderSize', undefined);
  this.insecureHTTPParser = optionalBoolean(options.insecureHTTPParser, 'options.insecureHTTPParser', undefined);
  this.requestTimeout = optionalInteger(options.requestTimeout, 'requestTimeout', 300000);
  const headersTimeout = options.headersTimeout;
  this.headersTimeout = optionalInteger(headersTimeout, 'headersTimeout', Math.min(60000, this.requestTimeout));
  if (this.requestTimeout > 0 && this.headersTimeout > 0 && this.headersTimeout > this.requestTimeout) {
    throw new ERR_OUT_OF_RANGE('headersTimeout', '<= requestTimeout', headersTimeout);
  }
  this.keepAliveTimeout = optionalInteger(options.keepAliveTimeout, 'keepAliveTimeout', 5000);
  this.connectionsCheckingInterval = optionalInteger(options.connectionsCheckingInterval, 'connectionsCheckingInterval', 30000);
  this.requireHostHeader = optionalBoolean(options.requireHostHeader, 'options.requireHostHeader', true);
  this.joinDuplicateHeaders = optionalBoolean(options.joinDuplicateHeaders, 'options.joinDuplicateHeaders', undefined);
  this.rejectNonStandardBodyWrites = optionalBoolean(options.rejectNonStandardBodyWrites, 'options.rejectNonStandardBodyWrites', false);
}

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  storeHTTPOptions.call(this, options);
  net.Server.call(this, {
    allowHalfOpen: true,
    noDelay: options.noDelay ?? true,
    keepAlive: options.keepAlive,
    keepAliveInitialDelay: options.keepAliveInitialDelay,
    highWaterMark: options.highWaterMark,
  });
  if (requestListener) this.on('request', requestListener);
  this.httpAllowHalfOpen = false;
  this.on('connection', connectionListener);
  this.on('listening', setupConnectionsTracking);
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this[kUniqueHeaders] = parseUniqueHeadersOption(options.uniqueHeaders);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

Server.prototype.close = function close() {
  this.closeIdleConnections();
  clearInterval(this[kConnectionsCheckingInterval]);
  return net.Server.prototype.close.apply(this, arguments);
};

// Unlike net.Server's, rejects with ERR_SERVER_NOT_RUNNING when not listening.
Server.prototype[Symbol.asyncDispose] = async function() {
  return new Promise((resolve, reject) => {
    this.close((err) => (err ? reject(err) : resolve()));
  });
};

Server.prototype.closeAllConnections = function closeAllConnections() {
  if (!this[kConnections]) return;
  for (const parser of this[kConnections].all()) if (parser.socket) parser.socket.destroy();
};

Server.prototype.closeIdleConnections = function closeIdleConnections() {
  if (!this[kConnections]) return;
  for (const parser of this[kConnections].idle()) {
    const socket = parser.socket;
    if (!socket) continue;
    if (socket._httpMessage && !socket._httpMessage.finished) continue;
    socket.destroy();
  }
};

Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

Server.prototype[EE.captureRejectionSymbol] = function(err, event, ...args) {
  if (event === 'request') {
    const res = args[1];
    if (!res.headersSent && !res.writableEnded) {
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      res.statusCode = 500;
      res.end(STATUS_CODES[500]);
    } else {
      res.destroy();
    }
  } else {
    net.Server.prototype[EE.captureRejectionSymbol].apply(this, arguments);
  }
};

function setupConnectionsTracking() {
  if (!this[kConnections]) this[kConnections] = new ConnectionsList();
  clearInterval(this[kConnectionsCheckingInterval]);
  this[kConnectionsCheckingInterval] = setInterval(checkConnections.bind(this), this.connectionsCheckingInterval).unref();
}

function checkConnections() {
  if (this.headersTimeout === 0 && this.requestTimeout === 0) return;
  const expired = this[kConnections].expired(this.headersTimeout, this.requestTimeout);
  for (let i = 0; i < expired.length; i++) {
    const socket = expired[i].socket;
    if (socket) socketOnError.call(socket, new ERR_HTTP_REQUEST_TIMEOUT());
  }
}

module.exports = {
  STATUS_CODES,
  Server,
  ServerResponse,
  kConnections,
  kServerResponse,
  kCloseFromConnection,
  assignSocket,
  emitCloseNT,
  noop,
  // For https.Server, an http server on tls.Server.
  storeHTTPOptions,
  setupConnectionsTracking,
};

// The per-connection half lives in its own file (connection handling).
const { connectionListener, socketOnError } = require('internal/http/server_connection');
module.exports._connectionListener = connectionListener;
