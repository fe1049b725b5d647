'use strict';
// node:https's exports and defaults.
const https = require('https');
const http = require('http');
const tls = require('tls');

console.log(Object.keys(https).sort().join(','));
console.log(https.globalAgent instanceof https.Agent, https.globalAgent instanceof http.Agent);
console.log(https.globalAgent.defaultPort, https.globalAgent.protocol, https.globalAgent.keepAlive, https.globalAgent.maxCachedSessions);
const server = https.createServer();
console.log(server instanceof tls.Server, server instanceof https.Server, server.timeout, server.maxHeadersCount, server.ALPNProtocols);
console.log(typeof server.closeAllConnections, typeof server.closeIdleConnections, server.headersTimeout, server.requestTimeout, server.keepAliveTimeout);
const agent = new https.Agent();
console.log(agent.getName({ host: 'h', port: 1, servername: 'x', rejectUnauthorized: false, minVersion: 'TLSv1.2' }));
console.log(agent.getName({ host: 'h', port: 1, servername: 'h' }));
try {
  https.request('http://localhost/');
} catch (e) {
  console.log(e.code, e.message);
}
const req = https.request({ host: 'localhost', port: 1, agent: false });
req.on('error', (e) => console.log('request error', e.code));
req.end();
