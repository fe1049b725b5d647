'use strict';
// ServerResponse stream/state properties at each stage (fresh, after cork, after
// writeHead, after write, after end, in 'finish', in 'close'): writable* flags,
// finished, headersSent, chunkedEncoding, shouldKeepAlive, sendDate, statusMessage,
// and the header store after writeHead(status, obj) with and without prior
// setHeader() (only merged headers are visible through getHeader()).
const http = require('http');

function state(res) {
  return JSON.stringify({
    writable: res.writable, ended: res.writableEnded, finishedW: res.writableFinished, finished: res.finished,
    corked: res.writableCorked, hwm: typeof res.writableHighWaterMark, objectMode: res.writableObjectMode,
    needDrain: res.writableNeedDrain, headersSent: res.headersSent, chunked: res.chunkedEncoding,
    keepAlive: res.shouldKeepAlive, sendDate: res.sendDate, status: res.statusCode, msg: res.statusMessage,
    destroyed: res.destroyed, conn: res.connection === res.socket,
  });
}

const server = http.createServer((req, res) => {
  if (req.url === '/a') {
    console.log('fresh', state(res));
    res.cork();
    console.log('corked', state(res));
    res.uncork();
    res.writeHead(201, { 'X-Obj': 'o' });
    console.log('after writeHead', state(res));
    console.log('  getHeader X-Obj', res.getHeader('x-obj'), JSON.stringify(res.getHeaderNames()), res.hasHeader('x-obj'));
    res.write('abc');
    console.log('after write', state(res));
    res.on('finish', () => console.log('in finish', state(res)));
    res.on('close', () => console.log('in close', state(res)));
    res.end('def');
    console.log('after end', state(res));
  } else {
    res.setHeader('X-Set', 's');
    res.writeHead(200, 'Fine', { 'X-Obj': 'o', 'x-set': 'override' });
    console.log('merged getHeader', res.getHeader('x-obj'), res.getHeader('x-set'), JSON.stringify(res.getHeaderNames()), JSON.stringify(res.getHeaders()));
    res.end();
  }
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  http.get({ port, host: '127.0.0.1', path: '/a', agent }, (res) => {
    let b = '';
    res.on('data', (d) => { b += d; });
    res.on('end', () => {
      console.log('client a', res.statusCode, res.headers['x-obj'], res.headers['transfer-encoding'], b);
      http.get({ port, host: '127.0.0.1', path: '/b', agent }, (res2) => {
        console.log('client b', res2.statusCode, res2.statusMessage, res2.headers['x-obj'], res2.headers['x-set']);
        res2.resume();
        res2.on('end', () => { agent.destroy(); server.close(); });
      });
    });
  });
});
