'use strict';
// AsyncLocalStorage in servers: a request handler that runs the rest of its work in
// als.run() sees its own store through awaits, timers and the response's events,
// with two requests interleaved; socket and server events run in the store current
// when the socket or server was made.
const http = require('http');
const net = require('net');
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const lines = [];
const log = (what) => lines.push(`${what}: ${JSON.stringify(als.getStore())}`);

const server = http.createServer((req, res) => {
  als.run({ url: req.url }, async () => {
    await new Promise((resolve) => setTimeout(resolve, req.url === '/slow' ? 20 : 1));
    log(`handler ${req.url} after timer`);
    res.on('finish', () => log(`finish ${req.url}`));
    res.end(JSON.stringify(als.getStore()));
  });
});

function get(path) {
  return new Promise((resolve) => {
    als.run(`client ${path}`, () => {
      http.get({ port: server.address().port, path, agent: false }, (res) => {
        log(`response ${path}`);
        let body = '';
        res.on('data', (d) => { body += d; });
        res.on('end', () => {
          log(`end ${path} body=${body}`);
          resolve();
        });
      });
    });
  });
}

als.run('listen-time', () => {
  server.listen(0, '127.0.0.1', async () => {
    log('listening');
    await Promise.all([get('/slow'), get('/fast')]);
    await netCheck();
    server.close(() => {
      log('server closed');
      // Sorted: the two requests interleave differently from run to run.
      for (const line of lines.sort()) console.log(line);
    });
  });
});

function netCheck() {
  return new Promise((resolve) => {
    const srv = als.run('net-server', () => net.createServer((sock) => {
      log('net connection');
      sock.on('data', (d) => {
        log(`net server data ${d}`);
        sock.end('pong');
      });
    }));
    srv.listen(0, '127.0.0.1', () => {
      als.run('net-client', () => {
        const c = net.connect(srv.address().port, '127.0.0.1', () => {
          log('net connect');
          c.write('ping');
        });
        c.on('data', (d) => log(`net client data ${d}`));
        c.on('close', () => {
          log('net client close');
          srv.close(resolve);
        });
      });
    });
  });
}
