'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  let b = ''; req.on('data', (d) => b += d); req.on('end', () => res.end('got ' + b));
});
server.listen(0, () => {
  const req = http.request({ port: server.address().port, method: 'POST', agent: false, headers: { Expect: '100-continue' } });
  req.on('continue', () => { console.log('continue'); req.end('body'); });
  req.on('response', (res) => {
    res.setEncoding('utf8'); res.on('data', (d) => console.log(d)); res.on('end', () => server.close());
  });
});
