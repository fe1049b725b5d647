// Node's http, net, stream and events constructors are plain functions: an
// old-style subclass calls them with C.call(this, ...) (light-my-request does
// `http.ServerResponse.call(this, req)` for fastify.inject).
const http = require('http'), net = require('net'), stream = require('stream'), EE = require('events');
const req = new http.IncomingMessage(new net.Socket());
const ctors = {
  'http.ServerResponse': [http.ServerResponse, [req]],
  'http.IncomingMessage': [http.IncomingMessage, [new net.Socket()]],
  'http.OutgoingMessage': [http.OutgoingMessage, []],
  'http.ClientRequest': [http.ClientRequest, [{ host: '127.0.0.1', port: 1, agent: false }]],
  'http.Agent': [http.Agent, []],
  'http.Server': [http.Server, []],
  'net.Socket': [net.Socket, []],
  'net.Server': [net.Server, []],
  'stream.Stream': [stream.Stream, []],
  'stream.Readable': [stream.Readable, []],
  'stream.Writable': [stream.Writable, []],
  'stream.Duplex': [stream.Duplex, []],
  'stream.Transform': [stream.Transform, []],
  'stream.PassThrough': [stream.PassThrough, []],
  'events.EventEmitter': [EE, []],
};
for (const [name, [C, args]] of Object.entries(ctors)) {
  function Sub() { C.apply(this, args); }
  Object.setPrototypeOf(Sub.prototype, C.prototype);
  try { const o = new Sub(); if (name === 'http.ClientRequest') { o.on('error', () => {}); o.destroy(); } console.log(name, 'ok', o instanceof C); } catch (e) { console.log(name, 'THROWS', e.name + ': ' + e.message); }
}

// What the function form keeps from the class form.
const res = new http.ServerResponse(req);
console.log(res.constructor === http.ServerResponse, res instanceof http.OutgoingMessage, res instanceof stream.Stream);
console.log(Object.getPrototypeOf(http.ServerResponse) === http.OutgoingMessage,
  Object.getPrototypeOf(http.ClientRequest) === http.OutgoingMessage,
  Object.getPrototypeOf(http.OutgoingMessage) === stream.Stream);
console.log(http.ServerResponse.name, http.ServerResponse.length, http.OutgoingMessage.name, http.ClientRequest.name);
console.log(typeof res.writeHead, typeof res.setHeader, res.headersSent, res.statusCode);
class Modern extends http.ServerResponse {
  constructor(r) { super(r); this.extra = 1; }
  writeHead(...a) { this.extra++; return super.writeHead(...a); }
}
const m = new Modern(req);
m.writeHead(201, { a: 'b' });
console.log(m.extra, m.statusCode, m.getHeader('a') ?? 'no header kept', m instanceof http.ServerResponse);
