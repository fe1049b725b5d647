'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer();
console.log(server.timeout, server.keepAliveTimeout, server.headersTimeout, server.requestTimeout, server.maxHeadersCount, server.maxRequestsPerSocket);
console.log(server instanceof net.Server, server.listenerCount('connection'), server.requireHostHeader, server.connectionsCheckingInterval);
const s2 = http.createServer({ requestTimeout: 1000, headersTimeout: 500, keepAliveTimeout: 7 });
console.log(s2.requestTimeout, s2.headersTimeout, s2.keepAliveTimeout);
try { http.createServer({ requestTimeout: 100, headersTimeout: 500 }); } catch (e) { console.log(e.code); }
try { http.createServer('x'); } catch (e) { console.log(e.code); }
console.log(typeof new http.Server().listen);
