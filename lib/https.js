'use strict';
// node:https: http's client and server over tls. Everything HTTP is reused from
// _http_client/_http_server/_http_agent; this file only swaps the transport, as
// Node's https.js does.

const tls = require('tls');
const { Agent: HttpAgent } = require('_http_agent');
const { calculateServerName } = require('internal/http/utils');
const { ClientRequest } = require('_http_client');
const {
  Server: HttpServer,
  storeHTTPOptions,
  setupConnectionsTracking,
  _connectionListener,
} = require('_http_server');
const { isURL, urlToHttpOptions } = require('internal/url');
const { validateObject } = require('internal/net/validators');

function Server(opts, requestListener) {
  if (!(this instanceof Server)) return new Server(opts, requestListener);
  if (typeof opts === 'function') {
    requestListener = opts;
    opts = {};
  } else if (opts == null) {
    opts = {};
  } else {
    validateObject(opts, 'options');
  }
  storeHTTPOptions.call(this, opts);
  tls.Server.call(this, { noDelay: true, ALPNProtocols: ['http/1.1'], ...opts }, _connectionListener);
  this.httpAllowHalfOpen = false;
  if (requestListener) this.addListener('request', requestListener);
  this.addListener('tlsClientError', function addListener(err, conn) {
    if (!this.emit('clientError', err, conn)) conn.destroy(err);
  });
  this.timeout = 0;
  this.maxHeadersCount = null;
  this.on('listening', setupConnectionsTracking);
}
Object.setPrototypeOf(Server.prototype, tls.Server.prototype);
Object.setPrototypeOf(Server, tls.Server);

Server.prototype.closeAllConnections = HttpServer.prototype.closeAllConnections;
Server.prototype.closeIdleConnections = HttpServer.prototype.closeIdleConnections;
Server.prototype.setTimeout = HttpServer.prototype.setTimeout;
Server.prototype.close = HttpServer.prototype.close;

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

function createConnection(port, host, options) {
  if (port !== null && typeof port === 'object') {
    options = port;
  } else if (host !== null && typeof host === 'object') {
    options = { ...host };
  } else if (options === null || typeof options !== 'object') {
    options = {};
  } else {
    options = { ...options };
  }
  if (typeof port === 'number') options.port = port;
  if (typeof host === 'string') options.host = host;
  if (options._agentKey) {
    const session = this._getSession(options._agentKey);
    if (session) options = { session, ...options };
  }
  const socket = tls.connect(options);
  if (options._agentKey) {
    socket.on('session', (session) => this._cacheSession(options._agentKey, session));
    socket.once('close', (err) => {
      if (err) this._evictSession(options._agentKey);
    });
  }
  return socket;
}

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  HttpAgent.call(this, options);
  this.defaultPort = 443;
  this.protocol = 'https:';
  this.maxCachedSessions = this.options.maxCachedSessions;
  if (this.maxCachedSessions === undefined) this.maxCachedSessions = 100;
  this._sessionCache = { map: {}, list: [] };
}
Object.setPrototypeOf(Agent.prototype, HttpAgent.prototype);
Object.setPrototypeOf(Agent, HttpAgent);
Agent.prototype.createConnection = createConnection;

// Sockets are shared only between requests with the same TLS settings.
const kNameFields = ['ca', 'cert', 'clientCertEngine', 'ciphers', 'key', 'pfx', 'rejectUnauthorized',
  'servername', 'minVersion', 'maxVersion', 'secureProtocol', 'crl', 'honorCipherOrder', 'ecdhCurve',
  'dhparam', 'secureOptions', 'sessionIdContext', 'sigalgs', 'privateKeyIdentifier', 'privateKeyEngine'];
Agent.prototype.getName = function getName(options = {}) {
  let name = HttpAgent.prototype.getName.call(this, options);
  for (const field of kNameFields) {
    name += ':';
    const v = options[field];
    if (field === 'rejectUnauthorized' || field === 'honorCipherOrder' || field === 'secureOptions') {
      if (v !== undefined) name += v;
    } else if (field === 'servername') {
      if (v && v !== options.host) name += v;
    } else if (field === 'sigalgs') {
      if (v) name += JSON.stringify(v);
    } else if (v) {
      name += v;
    }
  }
  return name;
};

// The SNI name joins the options before the pool key is made, as in Node.
Agent.prototype.addRequest = function addRequest(req, options, port, localAddress) {
  if (options !== null && typeof options === 'object' && !options.servername && options.servername !== '') {
    options = { ...options, servername: calculateServerName(options, req) };
  }
  return HttpAgent.prototype.addRequest.call(this, req, options, port, localAddress);
};

Agent.prototype._getSession = function _getSession(key) {
  return this._sessionCache.map[key];
};

Agent.prototype._cacheSession = function _cacheSession(key, session) {
  if (this.maxCachedSessions === 0) return;
  if (this._sessionCache.map[key]) {
    this._sessionCache.map[key] = session;
    return;
  }
  if (this._sessionCache.list.length >= this.maxCachedSessions) {
    const oldKey = this._sessionCache.list.shift();
    delete this._sessionCache.map[oldKey];
  }
  this._sessionCache.list.push(key);
  this._sessionCache.map[key] = session;
};

Agent.prototype._evictSession = function _evictSession(key) {
  const index = this._sessionCache.list.indexOf(key);
  if (index === -1) return;
  this._sessionCache.list.splice(index, 1);
  delete this._sessionCache.map[key];
};

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

function request(...args) {
  let options = {};
  if (typeof args[0] === 'string') options = urlToHttpOptions(new URL(args.shift()));
  else if (isURL(args[0])) options = urlToHttpOptions(args.shift());
  if (args[0] && typeof args[0] !== 'function') Object.assign(options, args.shift());
  options._defaultAgent = module.exports.globalAgent;
  args.unshift(options);
  return new ClientRequest(...args);
}

function get(input, options, cb) {
  const req = request(input, options, cb);
  req.end();
  return req;
}

module.exports = { Agent, globalAgent, Server, createServer, get, request };
