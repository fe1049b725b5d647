'use strict';
// Fault: peers that connect and send nothing, or stop in the middle of their
// headers, or go quiet after one keep-alive request. headersTimeout (checked every
// connectionsCheckingInterval) answers the first two with 408 and closes them, as
// Node does even for a connection that never sent a byte; keepAliveTimeout closes
// the third. Good clients are served meanwhile; the server ends with no connection.
const assert = require('assert');
const http = require('http');
const net = require('net');
const {
  answerHandler, underFaults, allAtOnce, hangGuard, summary, mustCall, collectUntilClose,
} = require('./common');

const PER_KIND = 10;
const TIMEOUT_408 = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';

const server = http.createServer({
  headersTimeout: 500, requestTimeout: 1000, connectionsCheckingInterval: 50, keepAliveTimeout: 300,
}, answerHandler);

// Opens a quiet peer that first sends `first` (maybe nothing); cb(everything the
// server sent) once the server closed the connection.
function quietPeer(port, first, cb) {
  const s = net.connect(port, '127.0.0.1', () => { if (first) s.write(first); });
  s.on('end', () => s.end());
  collectUntilClose(s, cb);
}

const kinds = {
  silent: [null, (got) => assert.strictEqual(got, TIMEOUT_408)],
  partialHeaders: ['GET /slow HTTP/1.1\r\nHost: x\r\nX-Slow: ', (got) => assert.strictEqual(got, TIMEOUT_408)],
  idleKeepAlive: ['GET /once HTTP/1.1\r\nHost: x\r\n\r\n', (got) => {
    assert.match(got, /^HTTP\/1\.1 200 OK\r\n[^]*\r\nKeep-Alive: timeout=0\r\n[^]*\r\n\r\nGET \/once 0 0$/);
  }],
};

hangGuard(60000, 'idle connections');
const list = [];
for (const [first, check] of Object.values(kinds)) {
  for (let i = 0; i < PER_KIND; i++) list.push((port, cb) => quietPeer(port, first, (got) => cb(check(got))));
}
underFaults(server, 'http', (port, done) => allAtOnce(list, port, done), mustCall((injected, served) => {
  summary('http idle connections', injected, served);
}));
