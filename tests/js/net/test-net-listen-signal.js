'use strict';
// listen({ signal }): aborting the signal closes the server ('close' emitted);
// an already aborted signal closes it right away.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const ac = new AbortController();
const server = net.createServer();
server.on('close', mustCall(() => assert.strictEqual(server.listening, false)));
server.listen({ port: 0, signal: ac.signal }, mustCall(() => ac.abort()));

const server2 = net.createServer();
server2.on('close', mustCall());
server2.listen({ port: 0, signal: AbortSignal.abort() });
