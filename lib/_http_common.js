'use strict';
// Shared by the HTTP server and client: the parser callbacks that turn llhttp's
// events into IncomingMessage state, header token/value checks, and constants.

const { HTTPParser, methods, allMethods } = internalBinding('http_parser');
const { IncomingMessage, ParsedIncomingMessage, readStart, readStop, pushEnd } = require('_http_incoming');
const { FastBuffer } = require('internal/buffer');

const kIncomingMessage = Symbol('IncomingMessage');
const kSkipPendingData = Symbol('SkipPendingData');
const CRLF = '\r\n';
const continueExpression = /(?:^|\W)100-continue(?:$|\W)/i;
const chunkExpression = /(?:^|\W)chunked(?:$|\W)/i;
const MAX_HEADER_PAIRS = 2000;

// kOnHeaders: more header pairs than travel with the head, or trailers.
function parserOnHeaders(headers, url) {
  if (this.maxHeaderPairs <= 0 || this._headers.length < this.maxHeaderPairs) {
    for (let i = 0; i < headers.length; i++) this._headers.push(headers[i]);
  }
  this._url += url;
}

// kOnHeadersComplete: the one call per message head. Returns what the parser
// should do with the body (0 parse, 1 skip, 2 upgrade) from parser.onIncoming.
function parserOnHeadersComplete(versionMajor, versionMinor, headers, method, url,
                                 statusCode, statusMessage, upgrade, shouldKeepAlive, headFlags) {
  const parser = this;
  const socket = parser.socket;
  if (headers === undefined) {
    headers = parser._headers;
    parser._headers = [];
  }
  if (url === undefined) {
    url = parser._url;
    parser._url = '';
  }
  const Incoming = (socket && socket.server && socket.server[kIncomingMessage]) || IncomingMessage;
  const httpVersion = versionMajor === 1 ? (versionMinor === 1 ? '1.1' : versionMinor === 0 ? '1.0' : `1.${versionMinor}`) : `${versionMajor}.${versionMinor}`;
  let n = headers.length;
  if (parser.maxHeaderPairs > 0 && n > parser.maxHeaderPairs) n = parser.maxHeaderPairs;
  const join = (socket && socket.server && socket.server.joinDuplicateHeaders) || parser.joinDuplicateHeaders;
  let incoming;
  if (Incoming === IncomingMessage) {
    incoming = new ParsedIncomingMessage(socket, versionMajor, versionMinor, httpVersion, headers, n);
    if (join) incoming.joinDuplicateHeaders = join;
  } else {
    incoming = new Incoming(socket);
    incoming.httpVersionMajor = versionMajor;
    incoming.httpVersionMinor = versionMinor;
    incoming.httpVersion = httpVersion;
    if (join) incoming.joinDuplicateHeaders = join;
    incoming._addHeaderLines(headers, n);
  }
  parser.incoming = incoming;
  incoming.url = url;
  incoming.upgrade = upgrade;
  if (typeof method === 'number') {
    incoming.method = allMethods[method];
  } else {
    incoming.statusCode = statusCode;
    incoming.statusMessage = statusMessage;
  }
  return parser.onIncoming(incoming, shouldKeepAlive, headFlags);
}

// kOnBody: b views the bytes being parsed.
function parserOnBody(b) {
  const stream = this.incoming;
  if (stream === null || stream === undefined) return;
  if (!stream._dumped) {
    if (!stream.push(b)) readStop(this.socket);
  }
}

function parserOnMessageComplete() {
  const parser = this;
  const stream = parser.incoming;
  if (stream !== null && stream !== undefined) {
    stream.complete = true;
    const headers = parser._headers;
    if (headers.length) {
      stream._addHeaderLines(headers, headers.length);
      parser._headers = [];
      parser._url = '';
    }
    pushEnd(stream);
  }
  readStart(parser.socket);
}

function newParser() {
  const parser = new HTTPParser();
  cleanParser(parser);
  parser[HTTPParser.kOnHeaders] = parserOnHeaders;
  parser[HTTPParser.kOnHeadersComplete] = parserOnHeadersComplete;
  parser[HTTPParser.kOnBody] = parserOnBody;
  parser[HTTPParser.kOnMessageComplete] = parserOnMessageComplete;
  return parser;
}

function cleanParser(parser) {
  parser._headers = [];
  parser._url = '';
  parser.socket = null;
  parser.incoming = null;
  parser.outgoing = null;
  parser.maxHeaderPairs = MAX_HEADER_PAIRS;
  parser.onIncoming = null;
  parser.joinDuplicateHeaders = null;
}

// A parser serves one connection; a fresh one per connection is cheap enough and
// can never be re-initialized while an old connection's execute() is on the stack.
const parsers = { alloc: newParser, free() {} };

// A server connection's parser reads its socket's handle natively (as in Node):
// no JS 'data' event per read. kOnExecute gets what execute() would have returned.
function consumeSocket(parser, socket, onExecute) {
  const handle = socket._handle;
  if (!handle || typeof handle.readStart !== 'function' || handle._consumed || socket.readableLength !== 0) return;
  parser._consumed = true;
  handle._consumed = true;
  parser[HTTPParser.kOnExecute] = onExecute;
  parser.consume(handle, FastBuffer.prototype);
}

// Back to the socket's 'data' events: before the parser pauses, on upgrade and when
// the connection is done with HTTP.
function unconsumeSocket(parser) {
  if (!parser._consumed) return;
  parser._consumed = false;
  parser.unconsume();
  parser[HTTPParser.kOnExecute] = null;
  const socket = parser.socket;
  if (socket && socket._handle) socket._handle._consumed = false;
}

function freeParser(parser, req, socket) {
  if (parser) {
    unconsumeSocket(parser);
    cleanParser(parser);
    parser.close();
    parser[HTTPParser.kOnHeaders] = null;
    parser[HTTPParser.kOnHeadersComplete] = null;
    parser[HTTPParser.kOnBody] = null;
    parser[HTTPParser.kOnMessageComplete] = null;
  }
  if (req) req.parser = null;
  if (socket) socket.parser = null;
}

// RFC 7230 token characters. One regex test is a single native call, cheaper than
// a per-character loop in the interpreter.
const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
function checkIsHttpToken(val) {
  return typeof val === 'string' && tokenRegExp.test(val);
}

// True when the value holds a character not allowed in a header value
// (anything but HTAB, SP..~ and obs-text 0x80-0xFF).
const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;
function checkInvalidHeaderChar(val) {
  return headerCharRegex.test(val);
}

function prepareError(err, parser, rawPacket) {
  err.rawPacket = rawPacket || parser.getCurrentBuffer();
  if (typeof err.reason === 'string') err.message = `Parse Error: ${err.reason}`;
}

function isLenient() {
  return process.execArgv.includes('--insecure-http-parser');
}

module.exports = {
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  _checkIsHttpToken: checkIsHttpToken,
  chunkExpression,
  consumeSocket,
  unconsumeSocket,
  methods: methods.slice().sort(),
  allMethods,
  continueExpression,
  CRLF,
  freeParser,
  HTTPParser,
  isLenient,
  kIncomingMessage,
  kSkipPendingData,
  parsers,
  prepareError,
};
