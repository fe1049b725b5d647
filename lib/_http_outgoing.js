'use strict';
// OutgoingMessage: the common half of ServerResponse and ClientRequest. Headers are
// kept as { lowercased: [name, value] } until the head is built; the head is then
// serialized into one string and sent in the same write as the first body bytes.

const { setPrototypeDefaults, adoptClassPrototype } = require('internal/util/prototype_defaults');
const { sharedEvents } = require('internal/events/shape_mode');
const Stream = require('stream');
const EE = require('events');
const { Buffer } = require('buffer');
const { utcDate, kOutHeaders, kNeedDrain } = require('internal/http/utils');
const { kTimeout } = require('internal/stream_base_commons');
const { _checkIsHttpToken: checkIsHttpToken, _checkInvalidHeaderChar: checkInvalidHeaderChar } = require('_http_common');
const {
  ERR_HTTP_CONTENT_LENGTH_MISMATCH, ERR_HTTP_HEADERS_SENT, ERR_HTTP_INVALID_HEADER_VALUE,
  ERR_HTTP_TRAILER_INVALID, ERR_HTTP_BODY_NOT_ALLOWED, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE,
  ERR_INVALID_CHAR, ERR_INVALID_HTTP_TOKEN, ERR_METHOD_NOT_IMPLEMENTED, ERR_STREAM_ALREADY_FINISHED,
  ERR_STREAM_CANNOT_PIPE, ERR_STREAM_DESTROYED, ERR_STREAM_NULL_VALUES, ERR_STREAM_WRITE_AFTER_END,
} = require('internal/errors').codes;

const kCorked = Symbol('corked');
const kUniqueHeaders = Symbol('kUniqueHeaders');
const kBytesWritten = Symbol('kBytesWritten');
const kErrored = Symbol('errored');
const kHighWaterMark = Symbol('kHighWaterMark');
const kRejectNonStandardBodyWrites = Symbol('kRejectNonStandardBodyWrites');

// A plain headers object is serialized natively when it has the common shape
// (string/number values, ASCII); the framing headers among them come back in
// framingHeaders as kind (see applyFraming), value pairs.
const { serializeHeaders } = internalBinding('http_headers');
const framingHeaders = [];

const RE_CONN_CLOSE = /(?:^|\W)close(?:$|\W)/i;
const RE_TE_CHUNKED = /(?:^|\W)chunked(?:$|\W)/i;
const crlfBuf = Buffer.from('\r\n');
function nop() {}

function isUint8Array(v) { return v instanceof Uint8Array; }

function validateHeaderName(name, label) {
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name)) {
    throw new ERR_INVALID_HTTP_TOKEN(label || 'Header name', name);
  }
}

function validateHeaderValue(name, value) {
  if (value === undefined) throw new ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  if (checkInvalidHeaderChar(value)) throw new ERR_INVALID_CHAR('header content', name);
}

// A function, as in Node, so that `OutgoingMessage.call(this, ...)` works (old-style
// subclasses, light-my-request); the methods are the class's below.
// Fields that most messages never change start on the prototype (see
// messageDefaults below): in QuickJS every own property a constructor adds costs
// a shape change, and a server makes one message per request.
function OutgoingMessage(options) {
  EE.init.call(this);  // Stream.call(this) without its two frames
  this.outputData = [];
  this.shouldKeepAlive = true;
  this._contentLength = null;
  this.finished = false;
  this._headerSent = false;
  this.socket = null;
  this._header = null;
  this._keepAliveTimeout = 0;
  this._onPendingData = nop;
  if (options) {
    if (options.highWaterMark && options.highWaterMark !== kDefaultHighWaterMark) {
      this[kHighWaterMark] = options.highWaterMark;
    }
    if (options.rejectNonStandardBodyWrites) this[kRejectNonStandardBodyWrites] = true;
  }
}

class OutgoingMessageMethods extends Stream {
  get writableFinished() {
    return this.finished && this.outputSize === 0 && (!this.socket || this.socket.writableLength === 0);
  }
  get writableObjectMode() { return false; }
  get writableLength() { return this.outputSize + (this.socket ? this.socket.writableLength : 0); }
  get writableHighWaterMark() { return this.socket ? this.socket.writableHighWaterMark : this[kHighWaterMark]; }
  get writableCorked() { return this.socket ? this.socket.writableCorked : this[kCorked]; }
  get writableEnded() { return this.finished; }
  get writableNeedDrain() { return !this.destroyed && !this.finished && this[kNeedDrain]; }
  get errored() { return this[kErrored]; }
  get closed() { return this._closed; }
  get connection() { return this.socket; }
  set connection(val) { this.socket = val; }
  get headersSent() { return !!this._header; }

  cork() {
    if (this.socket) this.socket.cork();
    else this[kCorked]++;
  }

  uncork() {
    if (this.socket) this.socket.uncork();
    else if (this[kCorked]) this[kCorked]--;
  }

  setTimeout(msecs, callback) {
    if (callback) this.on('timeout', callback);
    if (!this.socket) this.once('socket', (socket) => socket.setTimeout(msecs));
    else this.socket.setTimeout(msecs);
    return this;
  }

  destroy(error) {
    if (this.destroyed) return this;
    this.destroyed = true;
    this[kErrored] = error;
    if (this.socket) this.socket.destroy(error);
    else this.once('socket', (socket) => socket.destroy(error));
    return this;
  }

  _send(data, encoding, callback, byteLength) {
    // The head goes out with the first data: one string when the data is a string.
    if (!this._headerSent && this._header !== null) {
      if (typeof data === 'string' && (encoding === 'utf8' || encoding === 'latin1' || !encoding)) {
        data = this._header + data;
      } else {
        const header = this._header;
        this.outputData.unshift({ data: header, encoding: 'latin1', callback: null });
        this.outputSize += header.length;
        this._onPendingData(header.length);
      }
      this._headerSent = true;
    }
    return this._writeRaw(data, encoding, callback, byteLength);
  }

  _writeRaw(data, encoding, callback, size) {
    const conn = this.socket;
    if (conn && conn.destroyed) return false;
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = null;
    }
    if (conn && conn._httpMessage === this && conn.writable) {
      if (this.outputData.length) this._flushOutput(conn);
      return conn.write(data, encoding, callback);
    }
    this.outputData.push({ data, encoding, callback });
    this.outputSize += data.length;
    this._onPendingData(data.length);
    return this.outputSize < this[kHighWaterMark];
  }

  _storeHeader(firstLine, headers) {
    const state = takeHeaderState(firstLine);
    let expect;
    try {
      storeHeaders(this, state, headers);
      let header = state.header;
      if (this.sendDate && !state.date) header += 'Date: ' + utcDate() + '\r\n';
      // A 204 or 304 never has a body, whatever the user set.
      if (this.chunkedEncoding && (this.statusCode === 204 || this.statusCode === 304)) {
        this.chunkedEncoding = false;
        this.shouldKeepAlive = false;
      }
      header += this._connectionHeader(state);
      header += this._lengthHeader(state);
      if (this.chunkedEncoding !== true && state.trailer) throw new ERR_HTTP_TRAILER_INVALID();
      this._header = header + '\r\n';
      this._headerSent = false;
      expect = state.expect;
    } finally {
      releaseHeaderState(state);
    }
    // Expect: 100-continue sends the head right away and waits for the go-ahead.
    if (expect) this._send('');
  }

  _connectionHeader(state) {
    if (this._removedConnection) {
      this._last = !this.shouldKeepAlive;
      return '';
    }
    if (state.connection) return '';
    const keepAlive = this.shouldKeepAlive &&
      (state.contLen || this.useChunkedEncodingByDefault || this.agent);
    if (keepAlive && this.maxRequestsOnConnectionReached) return 'Connection: close\r\n';
    if (keepAlive) {
      if (!this._keepAliveTimeout || !this._defaultKeepAlive) return 'Connection: keep-alive\r\n';
      if (~~this._maxRequestsPerSocket > 0) {
        return 'Connection: keep-alive\r\nKeep-Alive: timeout=' + Math.floor(this._keepAliveTimeout / 1000) +
          `, max=${this._maxRequestsPerSocket}\r\n`;
      }
      return keepAliveLines(this._keepAliveTimeout);
    }
    this._last = true;
    return 'Connection: close\r\n';
  }

  _lengthHeader(state) {
    if (state.contLen || state.te) return '';
    if (!this._hasBody) {
      this.chunkedEncoding = false;
    } else if (!this.useChunkedEncodingByDefault) {
      this._last = true;
    } else if (!state.trailer && !this._removedContLen && typeof this._contentLength === 'number') {
      return 'Content-Length: ' + this._contentLength + '\r\n';
    } else if (!this._removedTE) {
      this.chunkedEncoding = true;
      return 'Transfer-Encoding: chunked\r\n';
    } else {
      // Neither length nor chunking: the body ends when the connection does.
      this._last = true;
    }
    return '';
  }

  setHeader(name, value) {
    if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
    validateHeaderName(name);
    validateHeaderValue(name, value);
    let headers = this[kOutHeaders];
    if (headers === null) this[kOutHeaders] = headers = Object.create(null);
    headers[name.toLowerCase()] = [name, value];
    return this;
  }

  setHeaders(headers) {
    if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
    if (!headers || Array.isArray(headers) || typeof headers.keys !== 'function' || typeof headers.get !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('headers', ['Headers', 'Map'], headers);
    }
    const cookies = [];
    for (const { 0: key, 1: value } of headers) {
      if (key === 'set-cookie') {
        if (Array.isArray(value)) cookies.push(...value);
        else cookies.push(value);
        continue;
      }
      this.setHeader(key, value);
    }
    if (cookies.length) this.setHeader('set-cookie', cookies);
    return this;
  }

  appendHeader(name, value) {
    if (this._header) throw new ERR_HTTP_HEADERS_SENT('append');
    validateHeaderName(name);
    validateHeaderValue(name, value);
    const field = name.toLowerCase();
    const headers = this[kOutHeaders];
    if (headers === null || !headers[field]) return this.setHeader(name, value);
    if (!Array.isArray(headers[field][1])) headers[field][1] = [headers[field][1]];
    const existing = headers[field][1];
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) existing.push(value[i]);
    } else {
      existing.push(value);
    }
    return this;
  }

  getHeader(name) {
    if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
    const headers = this[kOutHeaders];
    if (headers === null) return;
    const entry = headers[name.toLowerCase()];
    return entry && entry[1];
  }

  getHeaderNames() {
    return this[kOutHeaders] !== null ? Object.keys(this[kOutHeaders]) : [];
  }

  getRawHeaderNames() {
    const headers = this[kOutHeaders];
    if (headers === null) return [];
    return Object.values(headers).map((e) => e[0]);
  }

  getHeaders() {
    const headers = this[kOutHeaders];
    const ret = Object.create(null);
    if (headers) {
      for (const key of Object.keys(headers)) ret[key] = headers[key][1];
    }
    return ret;
  }

  hasHeader(name) {
    if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
    return this[kOutHeaders] !== null && !!this[kOutHeaders][name.toLowerCase()];
  }

  removeHeader(name) {
    if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
    if (this._header) throw new ERR_HTTP_HEADERS_SENT('remove');
    const key = name.toLowerCase();
    switch (key) {
      case 'connection': this._removedConnection = true; break;
      case 'content-length': this._removedContLen = true; break;
      case 'transfer-encoding': this._removedTE = true; break;
      case 'date': this.sendDate = false; break;
    }
    if (this[kOutHeaders] !== null) delete this[kOutHeaders][key];
  }

  _implicitHeader() {
    throw new ERR_METHOD_NOT_IMPLEMENTED('_implicitHeader()');
  }

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = null;
    }
    const ret = write_(this, chunk, encoding, callback, false);
    if (!ret) this[kNeedDrain] = true;
    return ret;
  }

  addTrailers(headers) {
    this._trailer = '';
    const keys = Object.keys(headers);
    const isArray = Array.isArray(headers);
    for (let i = 0; i < keys.length; i++) {
      let field, value;
      const key = keys[i];
      if (isArray) {
        field = headers[key][0];
        value = headers[key][1];
      } else {
        field = key;
        value = headers[key];
      }
      validateHeaderName(field, 'Trailer name');
      if (Array.isArray(value) && value.length > 1 && !isUniqueHeader(this, field)) {
        for (let j = 0; j < value.length; j++) {
          if (checkInvalidHeaderChar(value[j])) throw new ERR_INVALID_CHAR('trailer content', field);
          this._trailer += field + ': ' + value[j] + '\r\n';
        }
      } else {
        if (Array.isArray(value)) value = value.join('; ');
        if (checkInvalidHeaderChar(value)) throw new ERR_INVALID_CHAR('trailer content', field);
        this._trailer += field + ': ' + value + '\r\n';
      }
    }
  }

  end(chunk, encoding, callback) {
    if ((typeof chunk === 'string' ? encoding === undefined : chunk instanceof Uint8Array && chunk.length !== 0) &&
        callback === undefined && fastEnd(this, chunk)) {
      return this;
    }
    let finishAttached = false;
    if (typeof chunk === 'function') {
      callback = chunk;
      chunk = null;
      encoding = null;
    } else if (typeof encoding === 'function') {
      callback = encoding;
      encoding = null;
    }
    if (chunk) {
      if (this.finished) {
        onError(this, new ERR_STREAM_WRITE_AFTER_END(), typeof callback !== 'function' ? nop : callback);
        return this;
      }
      // The last data write carries the 'finish' callback when it can: one socket
      // write per response instead of a data write plus an empty one. write_()
      // corks the socket when the response takes more than one write.
      // Under strictContentLength the length check below may still throw: the
      // socket stays corked until then so that a mismatch sends nothing, as in Node.
      if (!this.strictContentLength) {
        finishAttached = write_(this, chunk, encoding, null, true, onFinish.bind(undefined, this)) === kFinishAttached;
      } else {
        if (this.socket) this.socket.cork();
        write_(this, chunk, encoding, null, true);
      }
    } else if (this.finished) {
      if (typeof callback === 'function') {
        if (!this.writableFinished) this.on('finish', callback);
        else callback(new ERR_STREAM_ALREADY_FINISHED('end'));
      }
      return this;
    } else if (!this._header) {
      if (this.socket) this.socket.cork();
      this._contentLength = 0;
      this._implicitHeader();
    }
    if (typeof callback === 'function') this.once('finish', callback);
    if (strictContentLength(this) && this[kBytesWritten] !== this._contentLength) {
      throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(this[kBytesWritten], this._contentLength);
    }
    if (finishAttached) {
      this._endSocket();
      return this;
    }
    const finish = onFinish.bind(undefined, this);
    if (this._hasBody && this.chunkedEncoding) {
      this._send('0\r\n' + this._trailer + '\r\n', 'latin1', finish);
    } else if (!this._headerSent || this.writableLength || chunk) {
      this._send('', 'latin1', finish);
    } else {
      process.nextTick(finish);
    }
    this._endSocket();
    return this;
  }

  _endSocket() {
    if (this.socket && this.socket._writableState.corked) {
      // end() fully uncorks the connection, however many cork() calls came before.
      this.socket._writableState.corked = 1;
      this.socket.uncork();
    }
    if (this[kCorked] !== 0) this[kCorked] = 0;
    this.finished = true;
    if (this.outputData.length === 0 && this.socket && this.socket._httpMessage === this) this._finish();
  }

  _finish() {
    this.emit('prefinish');
  }

  // Writes what was queued before a socket was assigned.
  _flush() {
    if (this.outputData.length === 0 && !this.finished && this[kCorked] === 0) return;  // nothing queued
    const socket = this.socket;
    if (socket && socket.writable) {
      const ret = this._flushOutput(socket);
      if (this.finished) this._finish();
      else if (ret && this[kNeedDrain]) {
        this[kNeedDrain] = false;
        this.emit('drain');
      }
    }
  }

  _flushOutput(socket) {
    while (this[kCorked]) {
      this[kCorked]--;
      socket.cork();
    }
    const outputLength = this.outputData.length;
    if (outputLength <= 0) return undefined;
    const outputData = this.outputData;
    let ret;
    if (outputLength === 1) {
      // One chunk (a request's head and body, queued before its socket came): no
      // cork needed, so the socket can hand it to the kernel at once.
      const { data, encoding, callback } = outputData[0];
      ret = socket.write(data, encoding, callback);
    } else {
      socket.cork();
      for (let i = 0; i < outputLength; i++) {
        const { data, encoding, callback } = outputData[i];
        outputData[i].data = null;
        ret = socket.write(data, encoding, callback);
      }
      socket.uncork();
    }
    this.outputData = [];
    this._onPendingData(-this.outputSize);
    this.outputSize = 0;
    return ret;
  }

  flushHeaders() {
    if (!this._header) this._implicitHeader();
    // Sends the head now, even without body.
    this._send('');
  }

  pipe() {
    this.emit('error', new ERR_STREAM_CANNOT_PIPE());
  }
}
adoptClassPrototype(OutgoingMessage, OutgoingMessageMethods, Stream);

const kDefaultHighWaterMark = 16 * 1024;

// 'Connection: keep-alive' and 'Keep-Alive: timeout=N' for the last timeout seen
// (a server's responses all use the same). Any number can be a timeout (-1 too:
// the property is not checked), so nothing-seen-yet is undefined.
let keepAliveFor;
let keepAliveText = '';
function keepAliveLines(timeout) {
  if (timeout !== keepAliveFor) {
    keepAliveFor = timeout;
    keepAliveText = `Connection: keep-alive\r\nKeep-Alive: timeout=${Math.floor(timeout / 1000)}\r\n`;
  }
  return keepAliveText;
}

// Defaults read through the prototype until a message sets its own.
const messageDefaults = {
  outputSize: 0,
  writable: true,
  destroyed: false,
  _last: false,
  chunkedEncoding: false,
  useChunkedEncodingByDefault: true,
  sendDate: false,
  strictContentLength: false,
  _hasBody: true,
  [kOutHeaders]: null,
  maxRequestsOnConnectionReached: false,
  _defaultKeepAlive: true,
  _removedConnection: false,
  _removedContLen: false,
  _removedTE: false,
  _trailer: '',
  _closed: false,
  [kBytesWritten]: 0,
  [kNeedDrain]: false,
  [kCorked]: 0,
  [kErrored]: null,
  [kHighWaterMark]: kDefaultHighWaterMark,
  [kRejectNonStandardBodyWrites]: false,
  [kUniqueHeaders]: null,
};
setPrototypeDefaults(OutgoingMessage.prototype, messageDefaults);
// Messages share one frozen, empty `_events` until their first listener (events.js
// ownEvents gives them their own then): EventEmitter.init makes none per message.
// Unlike the streams', these stay out of shape mode, as Node's OutgoingMessage is.
setPrototypeDefaults(OutgoingMessage.prototype, { _events: sharedEvents({}) });

// The head being built: which framing headers the user gave, and the text so far.
// One object serves every message (a message's head is built in one go); a head
// built while another is (a header value's toString() writing a head) gets its own.
const headerState = { connection: false, contLen: false, te: false, date: false, expect: false, trailer: false, header: '' };
let headerStateBusy = false;
function takeHeaderState(firstLine) {
  if (headerStateBusy) {
    return { connection: false, contLen: false, te: false, date: false, expect: false, trailer: false, header: firstLine };
  }
  headerStateBusy = true;
  const s = headerState;
  s.connection = s.contLen = s.te = s.date = s.expect = s.trailer = false;
  s.header = firstLine;
  return s;
}
function releaseHeaderState(state) {
  if (state === headerState) {
    headerStateBusy = false;
    state.header = '';
  }
}

// The user's headers (the setHeader() ones, an object, or an array) into state.
function storeHeaders(msg, state, headers) {
  if (!headers) return;
  if (headers === msg[kOutHeaders]) {
    if (!storeNatively(msg, state, headers, true)) {
      for (const key in headers) {
        const entry = headers[key];
        processHeader(msg, state, entry[0], entry[1], false);
      }
    }
  } else if (Array.isArray(headers)) {
    if (storeNatively(msg, state, headers, false)) return;
    if (headers.length && Array.isArray(headers[0])) {
      for (let i = 0; i < headers.length; i++) processHeader(msg, state, headers[i][0], headers[i][1], true);
    } else {
      if (headers.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', headers);
      for (let n = 0; n < headers.length; n += 2) processHeader(msg, state, headers[n], headers[n + 1], true);
    }
  } else if (!storeNatively(msg, state, headers, false)) {
    for (const key in headers) {
      if (Object.prototype.hasOwnProperty.call(headers, key)) processHeader(msg, state, key, headers[key], true);
    }
  }
}

// The native serializer's try; false when the JS path must do (and judge) it.
function storeNatively(self, state, headers, entries) {
  const lines = serializeHeaders(headers, framingHeaders, entries);
  if (lines === undefined) return false;
  state.header += lines;
  for (let i = 0; i < framingHeaders.length; i += 2) applyFraming(self, state, framingHeaders[i], framingHeaders[i + 1]);
  framingHeaders.length = 0;
  return true;
}

function processHeader(self, state, key, value, validate) {
  if (validate) validateHeaderName(key);
  if (Array.isArray(value)) {
    if ((value.length < 2 || !isCookieField(key)) && !isUniqueHeader(self, key)) {
      for (let i = 0; i < value.length; i++) storeHeader(self, state, key, value[i], validate);
      return;
    }
    value = value.join('; ');
  }
  storeHeader(self, state, key, value, validate);
}

function isCookieField(s) {
  return s.length === 6 && s.toLowerCase() === 'cookie';
}

// Only array values get here: the native serializer leaves them to the JS path, so
// a message with uniqueHeaders costs nothing extra per plain header.
function isUniqueHeader(msg, name) {
  const unique = msg[kUniqueHeaders];
  return unique !== null && unique.has(name.toLowerCase());
}

// The uniqueHeaders option (server or request): a set of lowercased names, or null.
// Like Node, anything but an array is ignored, and a non-string entry throws the
// TypeError of calling toLowerCase() on it.
function parseUniqueHeadersOption(names) {
  if (!Array.isArray(names)) return null;
  const unique = new Set();
  for (let i = 0; i < names.length; i++) unique.add(names[i].toLowerCase());
  return unique;
}

function storeHeader(self, state, key, value, validate) {
  if (validate) validateHeaderValue(key, value);
  state.header += key + ': ' + value + '\r\n';
  matchHeader(self, state, key, value);
}

// Headers that change how the message is framed or kept alive, by kind (the native
// serializer hands over kinds: src/modules/http/HeadersBinding.cpp, same order).
const framingKinds = { __proto__: null, 'connection': 1, 'transfer-encoding': 2, 'content-length': 3,
                       'date': 4, 'expect': 5, 'trailer': 6, 'keep-alive': 7 };
const kConnection = 1, kTransferEncoding = 2, kContentLength = 3, kDate = 4, kExpect = 5,
  kTrailer = 6, kKeepAlive = 7;

function matchHeader(self, state, field, value) {
  if (field.length < 4 || field.length > 17) return;
  const kind = framingKinds[field.toLowerCase()];
  if (kind !== undefined) applyFraming(self, state, kind, value);
}

// (The _removed* flags start false on the prototype: no own copy for a false.)
function applyFraming(self, state, kind, value) {
  switch (kind) {
    case kConnection:
      state.connection = true;
      if (self._removedConnection) self._removedConnection = false;
      if (RE_CONN_CLOSE.test(value)) self._last = true;
      else self.shouldKeepAlive = true;
      break;
    case kTransferEncoding:
      state.te = true;
      if (self._removedTE) self._removedTE = false;
      if (RE_TE_CHUNKED.test(value)) self.chunkedEncoding = true;
      break;
    case kContentLength:
      state.contLen = true;
      self._contentLength = +value;
      if (self._removedContLen) self._removedContLen = false;
      break;
    case kDate: state.date = true; break;
    case kExpect: state.expect = true; break;
    case kTrailer: state.trailer = true; break;
    case kKeepAlive:
      self._defaultKeepAlive = false;
      break;
  }
}

function onError(msg, err, callback) {
  if (msg.socket && msg.socket._hadError) return;
  process.nextTick(emitErrorNt, msg, err, callback);
}

function emitErrorNt(msg, err, callback) {
  callback(err);
  if (typeof msg.emit === 'function' && !msg.destroyed) msg.emit('error', err);
}

// Whether strictContentLength applies: Node checks only a message with a declared
// length, a body, and no other framing (chunked, or a Transfer-Encoding of its own).
function strictContentLength(msg) {
  return msg.strictContentLength && msg._contentLength != null && msg._hasBody && !msg._removedContLen &&
    !msg.chunkedEncoding && !msg.hasHeader('transfer-encoding');
}

const kFinishAttached = Symbol('finishAttached');

// Returns what socket.write returned, or kFinishAttached when `finish` (end() only)
// became the callback of the last write.
function write_(msg, chunk, encoding, callback, fromEnd, finish) {
  if (typeof callback !== 'function') callback = nop;
  if (chunk === null) throw new ERR_STREAM_NULL_VALUES();
  if (typeof chunk !== 'string' && !isUint8Array(chunk)) {
    throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }
  let err;
  if (msg.finished) err = new ERR_STREAM_WRITE_AFTER_END();
  else if (msg.destroyed) err = new ERR_STREAM_DESTROYED('write');
  if (err) {
    if (!msg.destroyed) onError(msg, err, callback);
    else process.nextTick(callback, err);
    return false;
  }
  let len;
  if (msg.strictContentLength) {
    len = typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
    // Checked before the head is built, as Node does: the first write of a message
    // whose length came from setHeader() has no _contentLength yet and is only
    // counted; end() judges the total.
    const total = msg[kBytesWritten] + len;
    if (strictContentLength(msg) && (fromEnd ? total !== msg._contentLength : total > msg._contentLength)) {
      throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(total, msg._contentLength);
    }
    msg[kBytesWritten] = total;
  }
  if (!msg._header) {
    if (fromEnd) {
      if (len === undefined) len = typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
      msg._contentLength = len;
    }
    msg._implicitHeader();
  }
  if (!msg._hasBody) {
    if (msg[kRejectNonStandardBodyWrites]) throw new ERR_HTTP_BODY_NOT_ALLOWED();
    process.nextTick(callback);
    return true;
  }
  // end(chunk) sends head and body in one string write unless the body is chunked,
  // the head must go separately (a Buffer body) or output is queued: cork then.
  if (fromEnd && msg.socket && (msg.chunkedEncoding || msg.outputData.length ||
      (!msg._headerSent && typeof chunk !== 'string'))) {
    msg.socket.cork();
  }
  if (!fromEnd && msg.socket && !msg.socket.writableCorked) {
    msg.socket.cork();
    process.nextTick(connectionCorkNT, msg.socket);
  }
  if (msg.chunkedEncoding && chunk.length !== 0) {
    if (len === undefined) len = typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
    if (typeof chunk === 'string' && (!encoding || encoding === 'utf8' || encoding === 'utf-8' || encoding === 'latin1') &&
        (encoding === 'latin1' || headSentOrAscii(msg))) {
      // Size line, data and CRLF in one string: one socket write.
      return msg._send(len.toString(16) + '\r\n' + chunk + '\r\n', encoding, callback);
    }
    msg._send(len.toString(16), 'latin1', null);
    msg._send(crlfBuf, null, null);
    msg._send(chunk, encoding, null, len);
    return msg._send(crlfBuf, null, callback);
  }
  if (finish !== undefined && !msg.chunkedEncoding && msg.socket && msg.socket._httpMessage === msg &&
      !msg.outputData.length) {
    msg._send(chunk, encoding, finish, len);
    return kFinishAttached;
  }
  return msg._send(chunk, encoding, callback, len);
}

// Whether a UTF-8 chunk may join the head in one string. Node sends a chunked
// message's head with the size line, as Latin-1: a header value with a character
// above 0x7f goes out as one byte, not UTF-8's two.
function headSentOrAscii(msg) {
  const head = msg._header;
  return msg._headerSent || head === null || Buffer.byteLength(head, 'utf8') === head.length;
}

// end(string) or end(bytes) in the common case: head and body in one write (one
// string, or the head's bytes and the body's), offered to the kernel at once, with
// 'finish' due when the write is done. The same steps as the
// general path (write_, _send, _writeRaw, socket.write, _endSocket), taken only when
// nothing is queued, corked or unusual; false (nothing done) otherwise.
let socketWrite;
let tryFastWrite;
function fastEnd(msg, chunk) {
  const socket = msg.socket;
  if (socket === null || msg.finished || msg.destroyed || msg._headerSent || !msg._hasBody ||
      msg.chunkedEncoding || msg.strictContentLength || msg.outputData.length !== 0 || msg[kCorked] !== 0 ||
      socket._httpMessage !== msg) {
    return false;
  }
  if (socketWrite === undefined) {
    socketWrite = require('internal/net/socket').Socket.prototype.write;
    ({ tryFastWrite } = require('internal/net/fast_stream'));
  }
  if (socket.write !== socketWrite) return false;  // a wrapped write sees every chunk
  if (msg._header === null) {
    msg._contentLength = typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
    msg._implicitHeader();
    if (!msg._hasBody || msg.chunkedEncoding) return false;  // the general path goes on from here
  }
  const ret = typeof chunk === 'string' ? tryFastWrite(socket, msg._header + chunk, undefined, onFinish, msg)
    : tryFastWrite(socket, chunk, undefined, onFinish, msg, msg._header);
  if (ret === undefined) return false;
  msg._headerSent = true;
  if (socket[kTimeout] !== null) socket._unrefTimer();
  msg.finished = true;
  msg._finish();
  return true;
}

// The deprecated (DEP0066) views of the headers that Node 20 still has; old
// middleware reads and replaces res._headers. util loads on first use.
function deprecatedHeaderAccess(name, fn) {
  let deprecated;
  return function(...args) {
    deprecated ??= require('util').deprecate(fn, `OutgoingMessage.prototype.${name} is deprecated`, 'DEP0066');
    return deprecated.apply(this, args);
  };
}

Object.defineProperty(OutgoingMessage.prototype, '_headers', {
  configurable: true,
  get: deprecatedHeaderAccess('_headers', function() { return this.getHeaders(); }),
  set: deprecatedHeaderAccess('_headers', function(val) {
    if (val == null) {
      this[kOutHeaders] = null;
    } else if (typeof val === 'object') {
      const headers = this[kOutHeaders] = Object.create(null);
      for (const name of Object.keys(val)) headers[name.toLowerCase()] = [name, val[name]];
    }
  }),
});

Object.defineProperty(OutgoingMessage.prototype, '_headerNames', {
  configurable: true,
  get: deprecatedHeaderAccess('_headerNames', function() {
    const headers = this[kOutHeaders];
    if (headers === null) return null;
    const out = Object.create(null);
    for (const key of Object.keys(headers)) out[key] = headers[key][0];
    return out;
  }),
  set: deprecatedHeaderAccess('_headerNames', function(val) {
    const headers = this[kOutHeaders];
    if (typeof val !== 'object' || val === null || !headers) return;
    for (const key of Object.keys(val)) {
      if (headers[key]) headers[key][0] = val[key];
    }
  }),
});

OutgoingMessage.prototype._renderHeaders = function _renderHeaders() {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('render');
  const map = this[kOutHeaders];
  const headers = {};
  if (map !== null) {
    for (const key of Object.keys(map)) headers[map[key][0]] = map[key][1];
  }
  return headers;
};

// A rejected async listener of a message made with captureRejections destroys it.
OutgoingMessage.prototype[EE.captureRejectionSymbol] = function(err, event) {
  this.destroy(err);
};

function connectionCorkNT(conn) {
  conn.uncork();
}

function onFinish(outmsg) {
  if (outmsg && outmsg.socket && outmsg.socket._hadError) return;
  outmsg.emit('finish');
}

module.exports = {
  kHighWaterMark,
  kUniqueHeaders,
  OutgoingMessage,
  parseUniqueHeadersOption,
  validateHeaderName,
  validateHeaderValue,
};
