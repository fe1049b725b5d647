'use strict';
const http = require('http');
const net = require('net');
const path = require('path');
const os = require('os');
const sock = path.join(os.tmpdir(), 'protojs-http-' + process.pid + '.sock');
const server = http.createServer((req, res) => res.end('over unix ' + req.url));
server.listen(sock, () => {
  http.get({ socketPath: sock, path: '/u' }, (res) => {
    let b = ''; res.on('data', (d) => b += d);
    res.on('end', () => { console.log(b); server.close(); });
  });
});
