'use strict';
// A body-less request that completed before anyone listened: a 'readable' listener
// added in a later callback gets no 'readable', only 'end' (push(null)'s tick has
// passed, as in Node); one added on the next tick, in the same drain, still gets
// 'readable' first, as in Node.
const http = require('http');
const net = require('net');
const cases = [
  ['timer', (fn) => setTimeout(fn, 20)],
  ['immediate', (fn) => setImmediate(fn)],
  ['next tick', (fn) => process.nextTick(fn)],
];
let i = 0;
const server = http.createServer((req, res) => {
  const [name, later] = cases[i];
  const log = [];
  later(() => {
    req.on('readable', () => log.push(`readable ${req.read()}`));
    req.on('end', () => {
      log.push('end');
      console.log(name, log.join(', '));
      res.end('x');
    });
  });
});
function next() {
  if (i === cases.length) return server.close();
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  });
  c.resume();
  c.on('close', () => {
    i++;
    next();
  });
}
server.listen(0, '127.0.0.1', next);
