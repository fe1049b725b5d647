'use strict';
// closeIdleConnections() closes only keep-alive sockets with no request in flight;
// a socket whose request is still being handled survives and gets its response.
// server.close() while that request is pending: the close callback and the busy
// socket's close come once its response is done (the response still says keep-alive).
const http = require('http');
const net = require('net');

let pendingRes;
const server = http.createServer((req, res) => {
  console.log('handler', req.url);
  if (req.url === '/slow') { pendingRes = res; onSlow(); return; }
  res.end('quick');
});

function client(name, port) {
  const c = net.connect(port, '127.0.0.1');
  c.setEncoding('latin1');
  c.buf = '';
  c.on('data', (d) => {
    c.buf += d;
    if (c.onBody && /\r\n\r\n(quick|slow)$/.test(c.buf)) { const f = c.onBody; c.onBody = null; f(); }
  });
  c.on('close', () => {
    console.log(name, 'closed; got', JSON.stringify(c.buf.replace(/Date: [^\r]*\r\n/g, '').replace(/Keep-Alive: [^\r]*\r\n/g, '')));
    c.buf = '';
  });
  return c;
}

let onSlow;
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const idle = client('idle', port);
  const busy = client('busy', port);
  idle.onBody = () => {
    console.log('idle got response');
    idle.buf = '';
    onSlow = () => {
      console.log('calling closeIdleConnections');
      server.closeIdleConnections();
      idle.on('close', () => {
        console.log('closing server');
        server.close(() => console.log('server close cb'));
        pendingRes.end('slow');
      });
    };
    busy.write('GET /slow HTTP/1.1\r\nHost: x\r\n\r\n');
  };
  idle.write('GET /quick HTTP/1.1\r\nHost: x\r\n\r\n');
});
