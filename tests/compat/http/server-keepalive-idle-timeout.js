'use strict';
// After a keep-alive response the idle connection's timeout is keepAliveTimeout plus
// a second, as in Node 20 (so a client reusing it just before the advertised end
// does not meet a closed socket), while Keep-Alive: timeout= advertises the setting.
// keepAliveTimeout set to -1 as a property (not checked) still sends the headers.
const http = require('http'); const net = require('net');
const server = http.createServer((req, res) => {
  res.on('finish', () => setImmediate(() => {
    console.log('idle socket timeout', req.socket.timeout);
  }));
  res.end('x');
});
let n = 0;
const settings = [200, -1, 0];
server.listen(0, '127.0.0.1', () => next());
function next() {
  if (n === settings.length) return server.close();
  server.keepAliveTimeout = settings[n++];
  const c = net.connect(server.address().port, '127.0.0.1', () => c.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
  let got = '';
  c.on('data', (d) => {
    got += d;
    if (got.endsWith('\r\n\r\nx')) {
      console.log(server.keepAliveTimeout, JSON.stringify(got.replace(/Date: [^\r]*\r\n/, '')));
      setTimeout(() => { c.destroy(); next(); }, 50);
    }
  });
}
