'use strict';
// socket.setTimeout() with a value above 2**31-1, before connecting and on a connected
// socket: Node emits a TimeoutOverflowWarning saying the duration was truncated to
// 2147483647, stores the given value in .timeout, and the idle timer does not fire early.
const net = require('net');
process.on('warning', (w) => console.log('warning', w.name, JSON.stringify(w.message)));
const server = net.createServer((s) => s.resume());
server.listen(0, '127.0.0.1', () => {
  const early = new net.Socket();
  early.setTimeout(2 ** 32);
  console.log('unconnected timeout prop', early.timeout);
  early.on('timeout', () => console.log('unconnected socket timeout fired early'));
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.setTimeout(2 ** 31);
    console.log('timeout prop', c.timeout);
    c.setTimeout(2 ** 40);
    console.log('timeout prop', c.timeout);
    setTimeout(() => { console.log('done waiting'); c.end(); early.destroy(); }, 50);
  });
  c.on('timeout', () => { console.log('timeout fired early'); c.destroy(); });
  c.on('close', () => server.close());
});
