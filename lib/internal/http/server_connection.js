'use strict';
// The server's per-connection logic: socket data into the parser, one
// IncomingMessage/ServerResponse pair per request, responses in request order,
// keep-alive timeouts, errors answered with 400/408/431 and a close, upgrades.

const {
  parsers, freeParser, continueExpression, HTTPParser, isLenient, prepareError, consumeSocket, unconsumeSocket,
} = require('_http_common');
const { kNeedDrain } = require('internal/http/utils');
const { kTimeout, setHandleTimeout } = require('internal/stream_base_commons');
const {
  ServerResponse, kConnections, kServerResponse, kCloseFromConnection, assignSocket, emitCloseNT, noop,
} = require('_http_server');
const { kUniqueHeaders, OutgoingMessage } = require('_http_outgoing');
const { sharedEvents } = require('internal/events/shape_mode');
const { readEnded, dumpUnread } = require('_http_incoming');

const net = require('net');
const { ERR_HTTP_SOCKET_ENCODING } = require('internal/errors').codes;

const badRequestResponse = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
const requestTimeoutResponse = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';
const headersTooLargeResponse = 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';
const chunkExtensionsTooLargeResponse = 'HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n';

const kConnectionState = Symbol('kConnectionState');
const kKeepAliveTimeoutBuffer = 1000;  // ms an idle connection outlives its Keep-Alive timeout

function connResetException(msg) {
  const err = new Error(msg);
  err.code = 'ECONNRESET';
  return err;
}

function connectionListener(socket) {
  const server = this;
  socket.server = server;
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  socket.on('timeout', socketOnTimeout);

  const parser = parsers.alloc();
  const lenient = server.insecureHTTPParser === undefined ? isLenient() : server.insecureHTTPParser;
  if (!server[kConnections]) server[kConnections] = new (require('internal/http/connections').ConnectionsList)();
  parser.initialize(HTTPParser.REQUEST, null, server.maxHeaderSize || 0,
                    lenient ? HTTPParser.kLenientAll : HTTPParser.kLenientNone, server[kConnections]);
  parser.socket = socket;
  socket.parser = parser;
  if (typeof server.maxHeadersCount === 'number') parser.maxHeaderPairs = server.maxHeadersCount << 1;
  server[kConnections].add(parser);
  parser.connections = server[kConnections];

  const state = {
    onPendingData: null,
    outgoing: [], incoming: [], outgoingData: 0, requestsCount: 0, keepAliveTimeoutSet: false,
    server,
    // The options every response on this connection is made with.
    resOptions: { highWaterMark: socket.writableHighWaterMark, rejectNonStandardBodyWrites: server.rejectNonStandardBodyWrites },
  };
  // The connection's listeners are shared functions that find this state on the
  // socket (or the parser's socket): no closures per connection.
  socket[kConnectionState] = state;
  // Shared by every response on this connection (not one closure per request).
  state.onPendingData = updateOutgoingData.bind(undefined, socket, state);
  socket.on('data', onSocketData);
  socket.on('error', socketOnError);
  socket.on('end', onSocketEnd);
  socket.on('close', onSocketClose);
  socket.on('drain', onSocketDrain);
  parser.onIncoming = onParserIncoming;
  socket._paused = false;
  // As in Node: a 'data' or 'readable' listener of the user's takes the reads back
  // from the parser, and the encoding of an HTTP connection cannot change.
  socket.on = socketOn;
  socket.addListener = socketAddListener;
  socket.prependListener = socketPrependListener;
  socket.setEncoding = socketSetEncoding;
  consumeSocket(parser, socket, onParserExecute);
}

function onSocketData(d) {
  const state = this[kConnectionState];
  if (this.parser) socketOnData(state.server, this, this.parser, state, d);
}

function onSocketEnd() {
  const state = this[kConnectionState];
  if (this.parser) socketOnEnd(state.server, this, this.parser, state);
}

function onSocketClose() {
  socketOnClose(this, this[kConnectionState]);
}

function onSocketDrain() {
  socketOnDrain(this, this[kConnectionState]);
}

// parser.onIncoming(req, keepAlive, headFlags), `this` the parser.
function onParserIncoming(req, keepAlive, headFlags) {
  const socket = this.socket;
  const state = socket[kConnectionState];
  return parserOnIncoming(state.server, socket, state, req, keepAlive, headFlags);
}

const socketOn = listenerWrapper('on');
const socketAddListener = listenerWrapper('addListener');
const socketPrependListener = listenerWrapper('prependListener');
function listenerWrapper(name) {
  const original = net.Socket.prototype[name];
  return function socketListenerWrap(ev, fn) {
    const res = original.call(this, ev, fn);
    if (!this.parser) {
      this.on = net.Socket.prototype.on;
      this.addListener = net.Socket.prototype.addListener;
      this.prependListener = net.Socket.prototype.prependListener;
    } else if (ev === 'data' || ev === 'readable') {
      unconsumeSocket(this.parser);
    }
    return res;
  };
}

function socketSetEncoding() {
  throw new ERR_HTTP_SOCKET_ENCODING();
}

// After each read the consuming parser took (`this`): as socketOnData after execute().
function onParserExecute(ret) {
  const socket = this.socket;
  const state = socket[kConnectionState];
  if (socket[kTimeout] !== null) socket._unrefTimer();  // a JS timer: no 'data' event refreshed it
  onParserExecuteCommon(state.server, socket, this, state, ret, undefined);
}

function socketOnData(server, socket, parser, state, d) {
  const ret = parser.execute(d);
  onParserExecuteCommon(server, socket, parser, state, ret, d);
}

function onParserExecuteCommon(server, socket, parser, state, ret, d) {
  resetSocketTimeout(server, socket, state);
  if (ret instanceof Error) {
    prepareError(ret, parser, d);  // d undefined (consumed): the parser's current read
    socketOnError.call(socket, ret);
  } else if (parser.incoming && parser.incoming.upgrade) {
    upgradeConnection(server, socket, parser, state, ret, d);
  } else if (parser.incoming && parser.incoming.method === 'PRI') {
    socket.destroy();
  }
  // A request handler that paused the socket pauses the parser too; the socket's
  // Readable buffers what comes meanwhile, so it takes over the reads.
  if (socket._paused && socket.parser) {
    unconsumeSocket(socket.parser);
    socket.parser.pause();
  }
}

// Upgrade or CONNECT: the socket leaves HTTP; the bytes after the head go along.
function upgradeConnection(server, socket, parser, state, ret, d) {
  const req = parser.incoming;
  if (d === undefined) d = parser.getCurrentBuffer();  // consumed: the read being parsed
  socket.removeListener('data', onSocketData);
  socket.removeListener('end', onSocketEnd);
  socket.removeListener('close', onSocketClose);
  socket.removeListener('drain', onSocketDrain);
  socket.removeListener('error', socketOnError);
  socket.removeListener('timeout', socketOnTimeout);
  parser.finish();
  releaseParser(parser, req, socket);
  const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
  if (eventName === 'upgrade' || server.listenerCount(eventName) > 0) {
    const bodyHead = d.slice(ret, d.length);
    socket.readableFlowing = null;
    server.emit(eventName, req, socket, bodyHead);
  } else {
    socket.destroy();
  }
}

function releaseParser(parser, req, socket) {
  if (parser.connections) parser.connections.remove(parser);
  parser.connections = null;
  freeParser(parser, req, socket);
}

function socketOnEnd(server, socket, parser, state) {
  const ret = parser.finish();
  if (ret instanceof Error) {
    socketOnError.call(socket, ret);
    return;
  }
  if (!server.httpAllowHalfOpen) {
    // As in Node 20, a request still being read is not aborted here but in
    // socketOnClose, once the socket is gone: so no 'clientError' for a peer that
    // half-closes, and a body read until EOF (insecureHTTPParser) completes.
    if (socket.writable) socket.end();
  } else if (state.outgoing.length) {
    state.outgoing[state.outgoing.length - 1]._last = true;
  } else if (socket._httpMessage) {
    socket._httpMessage._last = true;
  } else if (socket.writable) {
    socket.end();
  }
}

function socketOnClose(socket, state) {
  if (socket.parser) releaseParser(socket.parser, null, socket);
  abortIncoming(state.incoming);
  const res = socket._httpMessage;
  if (res && socket[kCloseFromConnection] === res) emitCloseNT(res);
  // The socket, its state and the state's bound onPendingData form a cycle that
  // only QuickJS's cycle collector could free, which then walks every dead
  // connection at once (a pause of tens of ms per few hundred connections). After
  // 'close' no handler reads the state through the socket (responses keep their
  // own reference in _onPendingData), so the links go and refcounts free it all.
  socket[kConnectionState] = null;
  state.onPendingData = null;
}

// res.assignSocket(socket), letting socketOnClose emit the response's 'close' when
// no other 'close' listener follows it (see assignSocket in _http_server).
function attachResponse(res, socket, state) {
  if (res.assignSocket !== ServerResponse.prototype.assignSocket) {
    res.assignSocket(socket);  // a subclass's own
    return;
  }
  const listeners = socket._events.close;
  const last = typeof listeners === 'function' ? listeners : listeners && listeners[listeners.length - 1];
  assignSocket(res, socket, last === onSocketClose);
}

function abortIncoming(incoming) {
  while (incoming.length) {
    const req = incoming.shift();
    req.destroy(connResetException('aborted'));
  }
}

function socketOnDrain(socket, state) {
  const needPause = state.outgoingData > socket.writableHighWaterMark;
  if (socket._paused && !needPause) {
    socket._paused = false;
    if (socket.parser) socket.parser.resume();
    socket.resume();
  }
  const msg = socket._httpMessage;
  if (msg && !msg.finished && msg[kNeedDrain]) {
    msg[kNeedDrain] = false;
    msg.emit('drain');
  }
}

function updateOutgoingData(socket, state, delta) {
  state.outgoingData += delta;
  socketOnDrain(socket, state);
}

function socketOnTimeout() {
  const req = this.parser && this.parser.incoming;
  const reqTimeout = req && !req.complete && req.emit('timeout', this);
  const res = this._httpMessage;
  const resTimeout = res && res.emit('timeout', this);
  const serverTimeout = this.server.emit('timeout', this);
  if (!reqTimeout && !resTimeout && !serverTimeout) this.destroy();
}

// 'clientError' if anyone listens; else an error status (if nothing of a response
// was sent yet) and the connection is destroyed.
function socketOnError(e) {
  this.removeListener('error', socketOnError);
  if (this.listenerCount('error') === 0) this.on('error', noop);
  if (!this.server.emit('clientError', e, this)) {
    if (this.writable && (!this._httpMessage || !this._httpMessage._headerSent)) {
      let response;
      switch (e.code) {
        case 'HPE_HEADER_OVERFLOW': response = headersTooLargeResponse; break;
        case 'HPE_CHUNK_EXTENSIONS_OVERFLOW': response = chunkExtensionsTooLargeResponse; break;
        case 'ERR_HTTP_REQUEST_TIMEOUT': response = requestTimeoutResponse; break;
        default: response = badRequestResponse;
      }
      this.write(response);
    }
    this.destroy(e);
  }
}

function resetSocketTimeout(server, socket, state) {
  if (!state.keepAliveTimeoutSet) return;
  setHandleTimeout(socket, server.timeout || 0);
  state.keepAliveTimeoutSet = false;
}

// A request header's value for the Host and Expect checks: Node reads req.headers,
// which server.maxHeadersCount cuts short; without that limit the raw list is the
// same and does not build the headers object.
function headValue(server, req, lower) {
  return typeof server.maxHeadersCount === 'number' ? req.headers[lower] : rawHeader(req, lower);
}

// rawHeaders lookups for the two headers every request needs checked, so that
// req.headers is built only if the handler wants it.
function rawHeader(req, lower) {
  const raw = req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i];
    if (name.length === lower.length && name.toLowerCase() === lower) return raw[i + 1];
  }
  return undefined;
}

// headFlags: which of Host and Expect the head has (undefined: unknown, look).
function parserOnIncoming(server, socket, state, req, keepAlive, headFlags) {
  resetSocketTimeout(server, socket, state);
  if (req.upgrade) {
    req.upgrade = req.method === 'CONNECT' || server.listenerCount('upgrade') > 0;
    if (req.upgrade) return 2;
  }
  state.incoming.push(req);
  // Stop reading while responses pile up unsent (a flood of pipelined requests).
  if (!socket._paused) {
    const ws = socket._writableState;
    if (ws ? ws.needDrain || state.outgoingData >= ws.highWaterMark : state.outgoingData >= socket.writableHighWaterMark) {
      socket._paused = true;
      socket.pause();
    }
  }
  const res = new server[kServerResponse](req, state.resOptions);
  res._keepAliveTimeout = server.keepAliveTimeout;
  if (server.maxRequestsPerSocket) res._maxRequestsPerSocket = server.maxRequestsPerSocket;
  res._onPendingData = state.onPendingData;
  res.shouldKeepAlive = keepAlive;
  if (server[kUniqueHeaders] !== null) res[kUniqueHeaders] = server[kUniqueHeaders];
  if (socket._httpMessage) state.outgoing.push(res);
  else attachResponse(res, socket, state);
  // res.on('finish', resOnFinish) for a fresh response: its only listener, one
  // frozen `_events` shared by every response (its own copy comes with a second).
  if (res._events === OutgoingMessage.prototype._events) {
    res._events = resEvents;
    res._eventsCount = 1;
  } else {
    res.on('finish', resOnFinish);
  }

  if (req.httpVersionMajor === 1 && req.httpVersionMinor === 1) {
    if (typeof server.maxHeadersCount === 'number') headFlags = undefined;  // the flags see every header
    if (server.requireHostHeader && (headFlags === undefined ? headValue(server, req, 'host') === undefined
      : (headFlags & HTTPParser.kHasHost) === 0)) {
      res.writeHead(400, ['Connection', 'close']);
      res.end();
      return 0;
    }
    // Most requests have neither a per-socket limit nor Expect: no call for them.
    if ((server.maxRequestsPerSocket || headFlags === undefined || (headFlags & HTTPParser.kHasExpect) !== 0) &&
        handleLimitsAndExpect(server, state, req, res, socket, headFlags)) {
      return 0;
    }
  }
  server.emit('request', req, res);
  return 0;
}

// maxRequestsPerSocket and Expect: returns true when the request was handled here.
function handleLimitsAndExpect(server, state, req, res, socket, headFlags) {
  const limited = typeof server.maxRequestsPerSocket === 'number' && server.maxRequestsPerSocket > 0;
  if (limited) {
    state.requestsCount++;
    res.maxRequestsOnConnectionReached = server.maxRequestsPerSocket <= state.requestsCount;
    if (server.maxRequestsPerSocket < state.requestsCount) {
      server.emit('dropRequest', req, socket);
      res.writeHead(503);
      res.end();
      return true;
    }
  }
  if (headFlags !== undefined && (headFlags & HTTPParser.kHasExpect) === 0) return false;
  const expect = headValue(server, req, 'expect');
  if (expect === undefined) return false;
  if (continueExpression.test(req.headers.expect)) {
    res._expect_continue = true;
    if (server.listenerCount('checkContinue') > 0) {
      server.emit('checkContinue', req, res);
    } else {
      res.writeContinue();
      server.emit('request', req, res);
    }
  } else if (server.listenerCount('checkExpectation') > 0) {
    server.emit('checkExpectation', req, res);
  } else {
    res.writeHead(417);
    res.end();
  }
  return true;
}

// A response's 'finish' (registered before the 'request' event, so it runs first):
// `this` is the response, still attached to its connection's socket.
function resOnFinish() {
  const res = this;
  const req = res.req;
  const socket = res.socket;
  const state = socket[kConnectionState];
  const server = state.server;
  state.incoming.shift();
  dumpUnread(req);
  res.detachSocket(socket);
  clearIncoming(req);
  process.nextTick(emitCloseNT, res);
  if (res._last) {
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
  } else if (state.outgoing.length === 0) {
    if (server.keepAliveTimeout && typeof socket.setTimeout === 'function') {
      // A second beyond the advertised timeout, as Node: a client that reuses the
      // connection just before the advertised end does not meet a closed socket.
      setHandleTimeout(socket, server.keepAliveTimeout + kKeepAliveTimeoutBuffer);
      state.keepAliveTimeoutSet = true;
    }
  } else {
    const m = state.outgoing.shift();
    if (m) attachResponse(m, socket, state);
  }
}

const resEvents = sharedEvents({ finish: resOnFinish });

function clearIncoming(req) {
  req = req || this;
  const parser = req.socket && req.socket.parser;
  // The message being parsed right now is not this one: leave it alone.
  if (parser && parser.incoming === req) {
    if (readEnded(req)) parser.incoming = null;
    else req.on('end', clearIncoming);
  }
}

module.exports = { connectionListener, socketOnError };
