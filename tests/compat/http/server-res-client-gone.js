'use strict';
// The client goes away after reading the first part of a streamed response to a
// complete GET. Checks res/req 'close' order and flags (no 'aborted' for a complete
// request), then what write()/end() do on the destroyed response: return values,
// callbacks (ERR_STREAM_DESTROYED) and the absence of 'error'/'finish'.
const http = require('http');

const server = http.createServer((req, res) => {
  req.on('aborted', () => console.log('req aborted'));
  req.on('error', (e) => console.log('req error', e.code, e.message));
  req.on('close', () => console.log('req close', req.destroyed, req.complete));
  res.on('error', (e) => console.log('res error', e.code, e.message));
  res.on('finish', () => console.log('res finish'));
  res.on('close', () => {
    console.log('res close', res.destroyed, res.writableEnded, res.writableFinished, res.headersSent);
    const w = res.write('more', (err) => console.log('write cb', err && err.code, err && err.message));
    console.log('write after close returned', w);
    res.end('tail', (err) => console.log('end cb', err && err.code));
    console.log('after end', res.writableEnded, res.finished);
    setImmediate(() => server.close(() => console.log('server closed')));
  });
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.write('first');
});

server.listen(0, '127.0.0.1', () => {
  const req = http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, (res) => {
    res.on('data', (d) => {
      console.log('client data', d.toString());
      req.destroy();
    });
    res.on('aborted', () => console.log('client res aborted'));
    res.on('error', (e) => console.log('client res error', e.code, e.message));
    res.on('close', () => console.log('client res close'));
  });
  req.on('error', (e) => console.log('client req error', e.code, e.message));
  req.on('close', () => console.log('client req close'));
});
