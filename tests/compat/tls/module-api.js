'use strict';
// node:tls's exports, classes and defaults.
const tls = require('tls');
const net = require('net');
const { serverOptions } = require('./fixtures/common');

console.log(Object.keys(tls).sort().join(','));
console.log(typeof tls.TLSSocket, typeof tls.Server, typeof tls.SecureContext);
console.log(tls.DEFAULT_ECDH_CURVE, tls.CLIENT_RENEG_LIMIT, tls.CLIENT_RENEG_WINDOW);
const server = tls.createServer(serverOptions());
console.log('server instanceof net.Server', server instanceof net.Server, server instanceof tls.Server);
const s = new tls.TLSSocket();
console.log('socket instanceof net.Socket', s instanceof net.Socket, 'encrypted', s.encrypted, 'authorized', s.authorized);
console.log('before connect', s.alpnProtocol, s.servername, s.authorizationError);
s.destroy();
const ctx = tls.createSecureContext();
console.log('context', ctx instanceof tls.SecureContext, typeof ctx.context);
const out = {};
tls.convertALPNProtocols(['h2', 'http/1.1'], out);
console.log('alpn wire', out.ALPNProtocols);
s.on('close', () => console.log('closed'));
