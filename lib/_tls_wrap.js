'use strict';
// tls.TLSSocket (a net.Socket whose handle is a TLSHandle: lib/internal/tls/handle.js),
// tls.Server (a net.Server that wraps each connection in a TLSSocket) and
// tls.connect(), following Node's _tls_wrap.js: what events fire, in which order,
// and how verification failures surface.

const { Buffer } = require('buffer');
const net = require('net');
const { Socket: NetSocket } = net;
const { TCP, constants: TCPConstants } = internalBinding('tcp_wrap');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_TLS_HANDSHAKE_TIMEOUT, ERR_TLS_INVALID_CONTEXT, ERR_TLS_SNI_FROM_SERVER },
} = require('internal/errors');
const { validateFunction, validateString, validateObject } = require('internal/net/validators');
const { kReinitializeHandle } = require('internal/net/symbols');
const { TLSHandle } = require('internal/tls/handle');
const common = require('_tls_common');

const kConnectOptions = Symbol('connect-options');
const kRawSocket = Symbol('raw-socket');
const kSetup = Symbol('tls-setup');
const kErrorEmitted = Symbol('error-emitted');

let tlsModule;
function tls() {
  if (tlsModule === undefined) tlsModule = require('tls');
  return tlsModule;
}

function TLSSocket(socket, opts) {
  if (!(this instanceof TLSSocket)) return new TLSSocket(socket, opts);
  const tlsOptions = { ...opts };
  if (tlsOptions.ALPNProtocols) common.convertALPNProtocols(tlsOptions.ALPNProtocols, tlsOptions);
  this._tlsOptions = tlsOptions;
  this._secureEstablished = false;
  this.secureConnecting = true;
  this.servername = null;
  this.alpnProtocol = null;
  this.authorized = false;
  this.authorizationError = null;
  this.encrypted = true;
  this[kRawSocket] = null;
  this[kSetup] = { servername: null, session: null };

  let stream;
  if (socket instanceof NetSocket && socket._handle) {
    stream = socket._handle;  // a connected socket: its handle now carries TLS
    socket._handle = null;
    this[kRawSocket] = socket;
  } else if (socket) {
    throw new ERR_INVALID_ARG_TYPE('socket', 'net.Socket', socket);
  } else {
    stream = new TCP(TCPConstants.SOCKET);
  }
  NetSocket.call(this, {
    handle: this._wrapHandle(stream),
    allowHalfOpen: socket ? socket.allowHalfOpen : tlsOptions.allowHalfOpen,
    pauseOnCreate: tlsOptions.pauseOnConnect,
    manualStart: true,
    highWaterMark: tlsOptions.highWaterMark,
    signal: tlsOptions.signal,
  });
  if (socket) {
    // Reads on the next tick, so the caller can attach listeners first.
    this._handle.start();
    process.nextTick(initRead, this);
    if (tlsOptions.isServer) {
      this[kErrorEmitted] = false;
      this.on('error', onServerSocketError);
      this.on('close', onServerSocketClose);
      if (tlsOptions.handshakeTimeout > 0) this.setTimeout(tlsOptions.handshakeTimeout, onHandshakeTimeout);
    }
  }
}
Object.setPrototypeOf(TLSSocket.prototype, NetSocket.prototype);
Object.setPrototypeOf(TLSSocket, NetSocket);

function initRead(socket) {
  if (socket._handle && !socket.destroyed) socket.read(0);
}

// The raw server-side socket gave us its handle; it is destroyed (and leaves the
// server's connection count) with us, before our handle's close completes.
TLSSocket.prototype._destroy = function(err, cb) {
  NetSocket.prototype._destroy.call(this, err, cb);
  const raw = this[kRawSocket];
  if (raw !== null && !raw.destroyed) raw.destroy();
};

TLSSocket.prototype._wrapHandle = function(stream) {
  const options = this._tlsOptions;
  let context = options.secureContext || options.credentials;
  if (context === undefined) context = common.createSecureContext(options);
  if (!(context instanceof common.SecureContext) && !(context?.context instanceof common.tlsBinding().SecureContext)) {
    throw new ERR_TLS_INVALID_CONTEXT('context');
  }
  const isServer = !!options.isServer;
  const conn = new (common.tlsBinding().TLSConnection)(context.context, isServer);
  conn.isServer = isServer;
  if (isServer) conn.setVerify(!!options.requestCert, !!options.rejectUnauthorized);
  if (options.ALPNProtocols) conn.setALPN(options.ALPNProtocols);
  const setup = this[kSetup];
  if (setup.servername !== null) conn.setServername(setup.servername);
  if (setup.session !== null) conn.setSession(setup.session);
  const handle = new TLSHandle(stream, conn);
  handle.onhandshakedone = onHandshakeDone.bind(this);
  handle.onerror = onTLSError.bind(this);
  handle.onnewsession = onNewSession.bind(this);
  return handle;
};

// Happy eyeballs tries the next address on a fresh TCP handle: a fresh TLS one too.
TLSSocket.prototype[kReinitializeHandle] = function(stream) {
  NetSocket.prototype[kReinitializeHandle].call(this, this._wrapHandle(stream));
};

TLSSocket.prototype._start = function() {
  if (this._handle) this._handle.start();
};

// Reported, not acted on: the 'tlsClientError' listener decides (as in Node).
function onHandshakeTimeout() {
  onServerSocketError.call(this, new ERR_TLS_HANDSHAKE_TIMEOUT());
}

function onHandshakeDone() {
  if (this._tlsOptions.isServer && this._tlsOptions.handshakeTimeout > 0) this.setTimeout(0, onHandshakeTimeout);
  const handle = this._handle;
  const info = handle._conn.info();
  this.alpnProtocol = info[3];
  this.servername = info[4];
  this._secureEstablished = true;
  this.secureConnecting = false;
  this.emit('secure');
}

function onNewSession() {
  if (this.listenerCount('session') === 0) return;
  const session = this.getSession();
  if (session !== undefined) this.emit('session', session);
}

function onTLSError(err) {
  this.destroy(err);
}

// A server-side socket's failure before the handshake finished goes to the server
// as 'tlsClientError' (from the 'error' event, as in Node).
function onServerSocketError(err) {
  if (this._secureEstablished || this[kErrorEmitted]) return;
  this[kErrorEmitted] = true;
  const server = this._tlsOptions.server;
  if (server.listenerCount('tlsClientError') > 0) server.emit('tlsClientError', err, this);
}

// A client that left before the handshake finished: 'socket hang up', once closed.
function onServerSocketClose(hadError) {
  if (hadError || this._secureEstablished || this[kErrorEmitted]) return;
  this[kErrorEmitted] = true;
  this._tlsOptions.server.emit('tlsClientError', connResetException('socket hang up'), this);
}

function connResetException(message) {
  const err = new Error(message);
  err.code = 'ECONNRESET';
  return err;
}

// The server ended the connection before the handshake finished.
function onConnectEnd() {
  if (this._hadError) return;
  const options = this[kConnectOptions];
  this._hadError = true;
  const error = connResetException('Client network socket disconnected before secure TLS connection was established');
  error.path = options.path;
  error.host = options.host;
  error.port = options.port;
  error.localAddress = options.localAddress;
  this.destroy(error);
}

TLSSocket.prototype.setServername = function(name) {
  validateString(name, 'name');
  if (this._tlsOptions.isServer) throw new ERR_TLS_SNI_FROM_SERVER();
  this[kSetup].servername = name;
  if (this._handle) this._handle._conn.setServername(name);
};

TLSSocket.prototype.setSession = function(session) {
  if (typeof session === 'string') session = Buffer.from(session, 'latin1');
  this[kSetup].session = session;
  if (this._handle) this._handle._conn.setSession(session);
};

TLSSocket.prototype.getSession = function() {
  return this._handle ? this._handle._conn.getSession() : null;
};

TLSSocket.prototype.isSessionReused = function() {
  return this._handle ? this._handle._conn.info()[5] : null;
};

TLSSocket.prototype.getPeerCertificate = function(detailed) {
  if (!this._handle) return null;
  return this._handle._conn.peerCertificate(!!detailed) || {};
};

TLSSocket.prototype.getCertificate = function() {
  if (!this._handle) return null;
  return this._handle._conn.ownCertificate() || {};
};

TLSSocket.prototype.getProtocol = function() {
  if (!this._handle) return null;
  return this._secureEstablished ? this._handle._conn.info()[0] : 'unknown';
};

TLSSocket.prototype.getCipher = function() {
  if (!this._handle) return null;
  if (!this._secureEstablished) return undefined;
  const info = this._handle._conn.info();
  return { name: info[1], standardName: info[2], version: info[6] };
};

TLSSocket.prototype.setMaxSendFragment = function() { return true; };
TLSSocket.prototype.disableRenegotiation = function() {};
TLSSocket.prototype.enableTrace = function() {};
TLSSocket.prototype.renegotiate = function(options, callback) {
  if (typeof callback === 'function') process.nextTick(callback, null);
  return false;
};

// The peer's verification result as Node's error: code and OpenSSL's message.
TLSSocket.prototype._verifyError = function() {
  const r = this._handle ? this._handle._conn.verifyError() : undefined;
  if (r === undefined) return null;
  const err = new Error(r[1]);
  err.code = r[0];
  return err;
};

Object.defineProperty(TLSSocket.prototype, 'ssl', {
  configurable: true,
  get() { return this._handle; },
});

// ---- client ----

function onConnectSecure() {
  const options = this[kConnectOptions];
  this.removeListener('end', onConnectEnd);
  let verifyError = this._verifyError();
  if (!verifyError && !this.isSessionReused()) {
    const hostname = options.servername || options.host || 'localhost';
    const cert = this.getPeerCertificate(true);
    verifyError = options.checkServerIdentity(hostname, cert);
  }
  if (verifyError) {
    this.authorized = false;
    this.authorizationError = verifyError.code || verifyError.message;
    if (options.rejectUnauthorized) {
      this.destroy(verifyError);
      return;
    }
  } else {
    this.authorized = true;
  }
  this.emit('secureConnect');
}

function normalizeConnectArgs(listArgs) {
  const args = net._normalizeArgs(listArgs);
  const options = args[0];
  const cb = args[1];
  if (listArgs[1] !== null && typeof listArgs[1] === 'object') Object.assign(options, listArgs[1]);
  else if (listArgs[2] !== null && typeof listArgs[2] === 'object') Object.assign(options, listArgs[2]);
  return cb ? [options, cb] : [options];
}

function connect(...args) {
  args = normalizeConnectArgs(args);
  let options = args[0];
  const cb = args[1];
  const allowUnauthorized = process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0';
  options = {
    rejectUnauthorized: !allowUnauthorized,
    ciphers: tls().DEFAULT_CIPHERS,
    checkServerIdentity: tls().checkServerIdentity,
    minDHSize: 1024,
    ...options,
  };
  if (!options.keepAlive) options.singleUse = true;
  validateFunction(options.checkServerIdentity, 'options.checkServerIdentity');
  const context = options.secureContext || common.createSecureContext(options);
  const tlssock = new TLSSocket(options.socket, {
    allowHalfOpen: options.allowHalfOpen,
    pipe: !!options.path,
    secureContext: context,
    isServer: false,
    requestCert: true,
    rejectUnauthorized: options.rejectUnauthorized !== false,
    session: options.session,
    ALPNProtocols: options.ALPNProtocols,
    highWaterMark: options.highWaterMark,
    signal: options.signal,
  });
  tlssock[kConnectOptions] = options;
  if (cb) tlssock.once('secureConnect', cb);
  if (options.session) tlssock.setSession(options.session);
  if (options.servername) tlssock.setServername(options.servername);
  tlssock.on('secure', onConnectSecure);
  tlssock.prependListener('end', onConnectEnd);
  if (!options.socket) {
    if (options.timeout) tlssock.setTimeout(options.timeout);
    tlssock.connect(options, tlssock._start);
  } else {
    tlssock._start();
  }
  return tlssock;
}

// ---- server ----

function Server(options, listener) {
  if (!(this instanceof Server)) return new Server(options, listener);
  if (typeof options === 'function') {
    listener = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  this._contexts = [];
  this._handshakeTimeout = options.handshakeTimeout || 120000;
  this.requestCert = options.requestCert === true;
  this.rejectUnauthorized = this.requestCert ? options.rejectUnauthorized !== false : false;
  this.ALPNProtocols = undefined;
  if (options.ALPNProtocols) common.convertALPNProtocols(options.ALPNProtocols, this);
  this.setSecureContext(options);
  net.Server.call(this, options, tlsConnectionListener);
  if (listener) this.on('secureConnection', listener);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

Server.prototype.setSecureContext = function(options) {
  validateObject(options, 'options');
  this._sharedCreds = options.secureContext || common.createSecureContext({
    ...options,
    ca: options.ca,
  });
  this._options = options;
};

Server.prototype.addContext = function(servername, context) {
  this._contexts.push([servername, context]);
};

function tlsConnectionListener(rawSocket) {
  const socket = new TLSSocket(rawSocket, {
    secureContext: this._sharedCreds,
    isServer: true,
    server: this,
    requestCert: this.requestCert,
    rejectUnauthorized: this.rejectUnauthorized,
    ALPNProtocols: this.ALPNProtocols,
    pauseOnConnect: this.pauseOnConnect,
    handshakeTimeout: this._handshakeTimeout,
  });
  socket.server = this;
  socket._requestCert = this.requestCert;
  socket._rejectUnauthorized = this.rejectUnauthorized;
  socket.on('secure', onServerSocketSecure);
}

function onServerSocketSecure() {
  if (this._requestCert) {
    const verifyError = this._verifyError();
    if (verifyError) {
      this.authorizationError = verifyError.code;
      if (this._rejectUnauthorized) this.destroy();
    } else {
      this.authorized = true;
    }
  }
  if (!this.destroyed) this._tlsOptions.server.emit('secureConnection', this);
}

function createServer(options, listener) {
  return new Server(options, listener);
}

module.exports = { TLSSocket, Server, createServer, connect };
