'use strict';
// cork()/uncork() on a connected socket: writableCorked counts nesting, corked writes
// queue (writableLength grows, callbacks wait), the last uncork() flushes them in order
// (callbacks in write order), end() uncorks fully, and the peer gets all bytes.
const net = require('net');
let serverGot = null;
const server = net.createServer((s) => {
  let got = '';
  s.setEncoding('utf8');
  s.on('data', (d) => { got += d; });
  s.on('end', () => { serverGot = got; });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    const order = [];
    c.cork();
    c.cork();
    console.log('corked', c.writableCorked);
    c.write('a', () => order.push('a'));
    c.write(Buffer.from('b'), () => order.push('b'));
    c.write('c', 'latin1', () => order.push('c'));
    console.log('queued', c.writableLength, order.length);
    c.uncork();
    console.log('after one uncork', c.writableCorked, c.writableLength);
    c.uncork();
    console.log('after second uncork', c.writableCorked, c.writableLength);
    setImmediate(() => {
      console.log('callbacks', order.join(''));
      c.cork();
      c.cork();
      c.write('d');
      c.end('e', () => console.log('end cb', c.writableCorked, c.writableLength));
      console.log('after end', c.writableCorked);
    });
  });
  c.resume();
  c.on('close', () => { console.log('server got', JSON.stringify(serverGot)); server.close(); });
});
