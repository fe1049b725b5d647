// The order of 'close' events when a client goes away mid-response: the socket's
// listeners (added on 'connection' and in the handler), the response's and the
// request's, with and without a listener added before the response took the socket.
const http = require('http');
const net = require('net');

function run(withConnectionListener) {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      console.log('request', req.url);
      req.socket.on('close', () => console.log('  socket close (handler listener)'));
      res.on('close', () => console.log('  res close; finished:', res.writableFinished));
      req.on('close', () => console.log('  req close'));
      req.on('aborted', () => console.log('  req aborted'));
      res.write('partial');  // never ended: the client leaves first
    });
    if (withConnectionListener) {
      server.on('connection', (s) => s.on('close', () => console.log('  socket close (connection listener)')));
    }
    server.listen(0, '127.0.0.1', () => {
      const c = net.connect(server.address().port, '127.0.0.1', () => {
        c.write('GET /' + (withConnectionListener ? 'with' : 'without') + ' HTTP/1.1\r\nHost: x\r\n\r\n');
      });
      c.once('data', () => c.destroy());
      c.on('close', () => setTimeout(() => server.close(resolve), 50));
    });
  });
}

run(true).then(() => run(false)).then(() => console.log('done'));
