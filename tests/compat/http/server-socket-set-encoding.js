'use strict';
// An HTTP connection's encoding cannot change (ERR_HTTP_SOCKET_ENCODING), and the
// server puts its own on/addListener/prependListener/setEncoding on the socket.
const http = require('http');
const server = http.createServer((req, res) => {
  try {
    req.socket.setEncoding('utf8');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  const own = ['on', 'addListener', 'prependListener', 'setEncoding'].filter((k) => Object.hasOwn(req.socket, k));
  console.log('own', own.join(','));
  res.end('ok');
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    res.setEncoding('utf8');
    res.on('data', (d) => console.log('body', d));
    res.on('end', () => server.close());
  });
});
