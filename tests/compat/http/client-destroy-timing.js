'use strict';
// ClientRequest destroy()/abort() at different moments: synchronously, in 'socket'
// before connect, after 'response' (the response sees 'aborted' and an 'error'
// ECONNRESET "aborted"), with an error after 'response', and abort() after
// 'response'. Checks the error shapes and the event order on request and response.
const http = require('http');

const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.write('head');
});

function run(port, name, act) {
  return new Promise((resolve) => {
    console.log('--', name);
    const req = http.get({ port, host: '127.0.0.1', agent: false }, (res) => {
      console.log('  response', res.statusCode);
      res.on('aborted', () => console.log('  res aborted', res.aborted, res.complete));
      res.on('error', (e) => console.log('  res error', e.code, e.message));
      res.on('end', () => console.log('  res end'));
      res.on('close', () => console.log('  res close', res.destroyed));
      if (act.onResponse) act.onResponse(req, res);
    });
    req.on('socket', (s) => { console.log('  socket', s.connecting); if (act.onSocket) act.onSocket(req); });
    req.on('abort', () => console.log('  abort'));
    req.on('error', (e) => console.log('  req error', e.name, e.code, e.message));
    req.on('close', () => { console.log('  req close', req.destroyed, req.aborted); setImmediate(resolve); });
    if (act.sync) act.sync(req);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  await run(port, 'destroy() sync', { sync: (r) => { r.destroy(); console.log('  destroyed', r.destroyed); } });
  await run(port, 'destroy(err) sync', { sync: (r) => r.destroy(Object.assign(new Error('mine'), { code: 'EMINE' })) });
  await run(port, 'destroy() in socket', { onSocket: (r) => r.destroy() });
  await run(port, 'destroy() after response', { onResponse: (r) => r.destroy() });
  await run(port, 'destroy(err) after response', { onResponse: (r) => r.destroy(new Error('late')) });
  await run(port, 'res.destroy() after response', { onResponse: (r, res) => res.destroy() });
  await run(port, 'abort() after response', { onResponse: (r) => r.abort() });
  await run(port, 'abort() after data', { onResponse: (r, res) => res.once('data', (d) => { console.log('  data', d.toString()); r.abort(); }) });
  server.closeAllConnections();
  server.close();
});
