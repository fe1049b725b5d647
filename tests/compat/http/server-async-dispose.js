'use strict';
// http.Server's Symbol.asyncDispose closes it and, on a server that is not
// listening, rejects with ERR_SERVER_NOT_RUNNING (net.Server's resolves); on a
// listening server it resolves once closed.
const http = require('http');
console.log('own method', Object.prototype.hasOwnProperty.call(http.Server.prototype, Symbol.asyncDispose));
const s = http.createServer();
s[Symbol.asyncDispose]().then(() => console.log('resolved'), (e) => console.log('rejected', e.code));
const listening = http.createServer().listen(0, '127.0.0.1', async () => {
  await listening[Symbol.asyncDispose]();
  console.log('listening one disposed', listening.listening);
});
