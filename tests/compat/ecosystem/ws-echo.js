'use strict';
// The npm package ws, unchanged: a WebSocketServer on an http server and a ws
// client exchange text and binary messages, ping/pong and close codes, with
// permessage-deflate on and off. (ws requires https and tls to load.)
const http = require('http');
const crypto = require('crypto');
const req = require('./fixtures/pkg');
const { WebSocketServer, WebSocket } = req('ws');

async function run(perMessageDeflate) {
  const log = [];
  const server = http.createServer();
  const wss = new WebSocketServer({ server, perMessageDeflate });
  wss.on('connection', (ws, request) => {
    log.push(`server connection ${request.url} ext=${ws.extensions || '(none)'}`);
    ws.on('message', (data, isBinary) => {
      log.push(`server message ${isBinary ? 'binary' : 'text'} ${data.length}`);
      if (!isBinary && data.toString() === 'bye') ws.close(4001, 'done here');
      else ws.send(data, { binary: isBinary });
    });
    ws.on('ping', (d) => log.push(`server ping ${d}`));
    ws.on('close', (code, reason) => log.push(`server close ${code} ${reason}`));
  });
  await new Promise((r) => server.listen(0, r));
  const ws = new WebSocket(`ws://localhost:${server.address().port}/chat`, { perMessageDeflate });
  const big = crypto.createHash('sha512').update('x').digest().toString('hex').repeat(400);
  await new Promise((resolve) => {
    ws.on('open', () => {
      log.push(`client open ${ws.protocol === '' ? '(no protocol)' : ws.protocol} ext=${ws.extensions || '(none)'}`);
      ws.send('hello');
      ws.send(Buffer.from([1, 2, 3, 255]));
      ws.send(big);
      ws.ping('are you there');
    });
    ws.on('pong', (d) => {
      log.push(`client pong ${d}`);
      ws.send('bye');
    });
    ws.on('message', (data, isBinary) => {
      const text = isBinary ? [...data].join(',') : data.length > 20 ? `${data.length} chars ok=${data.toString() === big}` : data.toString();
      log.push(`client message ${isBinary ? 'binary' : 'text'} ${text}`);
    });
    ws.on('close', (code, reason) => {
      log.push(`client close ${code} ${reason} readyState=${ws.readyState}`);
      resolve();
    });
    ws.on('error', (e) => log.push(`client error ${e.message}`));
  });
  await new Promise((r) => wss.close(r));
  await new Promise((r) => server.close(r));
  // Each side's events in order (their interleaving depends on the loop).
  console.log(`deflate=${perMessageDeflate}`);
  console.log(log.filter((l) => l.startsWith('client')).join('\n'));
  console.log(log.filter((l) => l.startsWith('server')).join('\n'));
}

run(false).then(() => run(true));
