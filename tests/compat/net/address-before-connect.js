'use strict';
// address() while the socket is still looking up its host is an empty object, the
// same one each time (Node keeps it), and the real address once connected.
const net = require('net');
const server = net.createServer((s) => s.end()).listen(0, '127.0.0.1', () => {
  const s = net.connect({ port: server.address().port, host: 'localhost', family: 4 });
  const early = s.address();
  console.log(JSON.stringify(early), early === s.address());
  s.on('connect', () => {
    const a = s.address();
    console.log(a === early, a.address, a.family, typeof a.port);
  });
  s.resume();
  s.on('close', () => server.close());
});
