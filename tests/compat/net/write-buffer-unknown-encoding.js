'use strict';
// A Buffer or Uint8Array written with an encoding name Node does not know throws
// ERR_UNKNOWN_ENCODING, as a string would, and nothing of it is sent; known names
// in any case, 'buffer' and falsy values write it.
const net = require('net');
const server = net.createServer((s) => {
  let got = 0;
  s.on('data', (d) => { got += d.length; });
  s.on('end', () => { console.log('server got', got); s.end(); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    for (const enc of ['bogus', 'UTF8', 'Hex', 'buffer', 'latin1', '', null, undefined, 0, false, 123, {}]) {
      try {
        console.log(String(enc), 'returned', c.write(Buffer.from('ab'), enc));
      } catch (e) {
        console.log(String(enc), 'threw', e.code, e.message);
      }
    }
    try {
      c.write(Buffer.from('ab'), 'bogus', () => console.log('callback'));
    } catch (e) {
      console.log('with a callback threw', e.code);
    }
    try {
      c.write(new Uint8Array(2), 'nope');
    } catch (e) {
      console.log('Uint8Array threw', e.code);
    }
    c.end();
  });
});
