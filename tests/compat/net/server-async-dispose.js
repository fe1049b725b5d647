'use strict';
// server[Symbol.asyncDispose]() closes a listening server and returns a promise; on a
// closed server it resolves too (no ERR_SERVER_NOT_RUNNING rejection).
const net = require('net');
console.log(typeof Symbol.asyncDispose, typeof Symbol.dispose);
const server = net.createServer();
console.log(typeof server[Symbol.asyncDispose]);
server.listen(0, '127.0.0.1', async () => {
  const r = server[Symbol.asyncDispose]();
  console.log(r instanceof Promise, server.listening);
  await r;
  console.log('disposed', server.listening);
  const r2 = server[Symbol.asyncDispose]();
  await r2.then(() => console.log('second ok'), (e) => console.log('second rejects', e.code));
});
