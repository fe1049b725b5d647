'use strict';
// With captureRejections, a rejected async listener on a ServerResponse destroys
// it (OutgoingMessage.prototype[Symbol.for('nodejs.rejection')]), so the client
// sees the connection reset instead of a response.
const http = require('http');
const EE = require('events');
EE.captureRejections = true;
console.log('has symbol', typeof http.OutgoingMessage.prototype[EE.captureRejectionSymbol]);
const server = http.createServer((req, res) => {
  res.on('close', () => console.log('res close destroyed=', res.destroyed));
  res.on('error', (e) => console.log('res error', e.message));
  res.on('foo', async () => { throw new Error('boom'); });
  res.emit('foo');
  setTimeout(() => { console.log('destroyed later', res.destroyed); if (!res.destroyed) res.end('ok'); }, 50);
});
server.listen(0, '127.0.0.1', () => {
  const r = http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, (r) => { console.log('client status', r.statusCode); r.resume(); r.on('end', () => server.close()); });
  r.on('error', (e) => { console.log('client error', e.code); server.close(); });
});
