'use strict';
// Socket.prototype's bytesRead, remote*/local* and bytesWritten getters are
// enumerable and not configurable, as Node's protoGetter makes them, in Node's
// order; the legacy _bytesDispatched counts bytes handed to the kernel.
const net = require('net');
const names = ['bytesRead', 'remoteAddress', 'remoteFamily', 'remotePort', 'localAddress', 'localPort',
               'localFamily', '_bytesDispatched', 'bytesWritten'];
for (const name of names) {
  const d = Object.getOwnPropertyDescriptor(net.Socket.prototype, name);
  console.log(name, typeof d.get, d.set, d.enumerable, d.configurable);
}
const listed = [];
for (const k in new net.Socket()) if (names.includes(k)) listed.push(k);
console.log(listed.join(','));
const server = net.createServer((s) => s.resume().on('end', () => s.end()));
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    c.write('hello', () => {
      console.log('dispatched', c._bytesDispatched, 'written', c.bytesWritten);
      c.end();
    });
  });
  c.on('close', () => server.close());
});
