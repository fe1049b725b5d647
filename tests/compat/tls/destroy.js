'use strict';
// destroy() without end(): the peer sees the connection end (no close_notify);
// end() sends close_notify first. bytesWritten counts plaintext.
const tls = require('tls');
const { pem, serverOptions } = require('./fixtures/common');

let n = 0;
const server = tls.createServer(serverOptions(), (s) => {
  const id = ++n;
  s.on('data', (d) => console.log(`server ${id} data ${d}`));
  s.on('end', () => console.log(`server ${id} end`));
  s.on('error', (e) => console.log(`server ${id} error`, e.code));
  s.on('close', (hadError) => {
    console.log(`server ${id} close`, hadError);
    if (id === 1) second();
    else server.close();
  });
});
server.listen(0, () => {
  const c = tls.connect({ port: server.address().port, host: 'localhost', ca: pem('ca') }, () => {
    c.write('abc', () => {
      console.log('client 1 bytesWritten', c.bytesWritten);
      c.destroy();
      console.log('client 1 destroyed', c.destroyed, c.getProtocol());
    });
  });
  c.on('close', (hadError) => console.log('client 1 close', hadError));
});
function second() {
  const c = tls.connect({ port: server.address().port, host: 'localhost', ca: pem('ca') }, () => {
    c.end('xyz');
  });
  c.on('end', () => console.log('client 2 end'));
  c.on('close', (hadError) => console.log('client 2 close', hadError));
  c.resume();
}
