'use strict';
// ws over TLS: a WebSocketServer on an https server, a wss:// client trusting the
// test CA, and one that does not.
const https = require('https');
const req = require('./fixtures/pkg');
const { pem, serverOptions } = require('../tls/fixtures/common');
const { WebSocketServer, WebSocket } = req('ws');

const server = https.createServer(serverOptions());
const wss = new WebSocketServer({ server });
wss.on('connection', (ws, request) => {
  console.log('server connection encrypted', request.socket.encrypted);
  ws.on('message', (data) => ws.send(`echo ${data}`));
});
server.listen(0, () => {
  const url = `wss://localhost:${server.address().port}/`;
  const ws = new WebSocket(url, { ca: pem('ca') });
  ws.on('open', () => ws.send('secure hello'));
  ws.on('message', (data) => {
    console.log('client message', data.toString());
    ws.close(1000);
  });
  ws.on('close', (code) => {
    console.log('client close', code);
    const bad = new WebSocket(url);
    bad.on('error', (e) => console.log('untrusted error', e.code, e.message));
    bad.on('close', (code2) => {
      console.log('untrusted close', code2);
      wss.close();
      server.close();
    });
  });
});
