'use strict';
// http.Server lifecycle state: listening/address() before, during and after listen;
// a second listen() while listening throws ERR_SERVER_ALREADY_LISTEN synchronously;
// listen() with a bad port throws ERR_SOCKET_BAD_PORT; close twice reports
// ERR_SERVER_NOT_RUNNING to the callback; the server can listen again after close.
const http = require('http');

const server = http.createServer((req, res) => res.end('ok'));
console.log('before', server.listening, server.address());
for (const p of [-1, 65536, 1.5, '99999', true]) {
  try { server.listen(p); console.log('no throw'); } catch (e) { console.log('bad port', e.name, e.code, e.message); }
}
server.on('listening', () => console.log('listening event'));
server.on('close', () => console.log('close event'));
server.listen(0, '127.0.0.1', () => {
  console.log('listening', server.listening, typeof server.address().port, server.address().family);
  try { server.listen(0); console.log('no throw'); } catch (e) { console.log('second listen', e.name, e.code, e.message); }
  console.log('still listening', server.listening);
  http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, (res) => {
    res.resume();
    res.on('end', () => {
      server.close((err) => {
        console.log('close cb', err, server.listening, server.address());
        server.close((err2) => {
          console.log('second close cb', err2 && err2.code, err2 && err2.message);
          server.listen(0, '127.0.0.1', () => {
            console.log('relisten', server.listening);
            server.close(() => console.log('final close'));
          });
        });
      });
    });
  });
});
