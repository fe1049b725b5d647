'use strict';
// write('') on a connected socket still calls back and sends nothing.
const net = require('net');
const server = net.createServer((s) => {
  s.on('data', (d) => console.log('server data', d.length));
  s.on('end', () => { console.log('server end', s.bytesRead); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;

  const c = net.connect(port, '127.0.0.1', () => {
    console.log('returns', c.write('', () => console.log('empty write callback')));
    c.write(Buffer.alloc(0), () => { console.log('empty buffer callback'); c.end(); });
  });
});
