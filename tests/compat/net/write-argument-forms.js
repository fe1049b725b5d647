'use strict';
// socket.write() in all its argument forms on a connected, idle socket (the case
// protojs takes natively) and next to it: encodings, default encodings, callbacks
// in either position, other views, bad chunks, a chunk larger than the kernel
// takes at once, corked and ended sockets. The server reports the bytes it got.
const net = require('net');

console.log('write', net.Socket.prototype.write.name, net.Socket.prototype.write.length);

const cases = [
  ['buffer', (s) => s.write(Buffer.from('abc'))],
  ['string', (s) => s.write('héllo')],
  ['string utf8', (s) => s.write('héllo', 'utf8')],
  ['string utf-8', (s) => s.write('héllo', 'utf-8')],
  ['string UTF8', (s) => s.write('héllo', 'UTF8')],
  ['string latin1', (s) => s.write('héllo', 'latin1')],
  ['string hex', (s) => s.write('414243', 'hex')],
  ['string base64', (s) => s.write('QUJD', 'base64')],
  ['default hex', (s) => { s.setDefaultEncoding('hex'); return s.write('4142'); }],
  ['null encoding', (s) => s.write('xyz', null)],
  ['lone surrogate', (s) => s.write('a\ud800b')],
  ['empty string', (s) => s.write('')],
  ['empty buffer', (s) => s.write(Buffer.alloc(0))],
  ['uint16array', (s) => s.write(new Uint16Array([0x4241, 0x4443]))],
  ['dataview', (s) => s.write(new DataView(new Uint8Array([100, 118, 119]).buffer, 0, 2))],
  ['uint8array', (s) => s.write(new Uint8Array([65, 66]))],
  ['cb second', (s) => s.write('cb2', () => console.log('  cb2 called'))],
  ['cb third', (s) => s.write('cb3', 'utf8', (err) => console.log('  cb3 called', err))],
  ['undefined cb', (s) => s.write('u', 'utf8', undefined)],
  ['corked', (s) => { s.cork(); const r = s.write('c1'); s.write('c2'); s.uncork(); return r; }],
  ['big', (s) => s.write(Buffer.alloc(8 * 1024 * 1024, 0x62))],
  ['number', (s) => s.write(42)],
  ['null', (s) => s.write(null)],
  ['object', (s) => s.write({})],
  ['bad cb', (s) => s.write('x', 'utf8', 'notfn')],
  ['bad encoding', (s) => s.write('x', 'nope')],
  ['after end', (s) => { s.end(); return s.write('late'); }],
];

function runCase(i) {
  if (i === cases.length) return server.close();
  const [name, fn] = cases[i];
  let got = 0;
  let digest = '';
  server.once('connection', (sock) => {
    sock.on('data', (d) => { got += d.length; if (digest.length < 24) digest += d.toString('hex').slice(0, 24 - digest.length); });
    sock.on('end', () => {
      console.log(`  server got ${got} bytes ${digest}`);
      sock.end();
    });
    sock.on('error', (e) => console.log('  server error', e.code));
  });
  const c = net.connect(port, '127.0.0.1', () => {
    console.log(name);
    let ret;
    try {
      ret = fn(c);
      console.log('  returns', ret, 'writableLength', c.writableLength > 0 ? '>0' : 0, 'bytesWritten>0', c.bytesWritten > 0);
    } catch (e) {
      console.log('  throws', e.code, e.name);
    }
    c.on('error', (e) => console.log('  client error', e.code));
    c.on('drain', () => console.log('  drain'));
    setImmediate(() => c.end());
  });
  c.resume();
  c.on('close', () => runCase(i + 1));
}

let port;
const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  port = server.address().port;
  runCase(0);
});
