'use strict';
// write(string, encoding) with awkward input, both as the first write (straight to the
// kernel) and queued behind a pending one, plus writev via cork (there without the
// odd-length hex, which makes Node 20 abort): odd-length and invalid
// hex, base64 without padding / with whitespace / base64url characters, lone surrogates
// in utf8 and utf16le, and ascii/latin1 of characters above 0xff. Bytes printed in hex.
const net = require('net');
const inputs = [
  ['abc', 'hex'], ['zz11', 'hex'], ['0g12', 'hex'], ['QUJD', 'base64'], ['QUI', 'base64'],
  ['Q U\nJD', 'base64'], ['-_8', 'base64'], ['-_8', 'base64url'], ['\ud800x', 'utf8'],
  ['\udc00', 'utf16le'], ['a\ud83d', 'utf8'], ['\u0141\u20ac', 'ascii'], ['\u0141', 'binary'], ['', 'hex'],
];
function run(mode, done) {
  const server = net.createServer((s) => {
    const got = [];
    s.on('data', (d) => got.push(d));
    s.on('end', () => {
      console.log(mode, Buffer.concat(got).toString('hex'));
      server.close(done);
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1', () => {
      if (mode === 'cork') c.cork();
      for (const [str, enc] of inputs) {
        if (mode === 'cork' && enc === 'hex' && str.length % 2) continue;  // Node 20 aborts on that
        if (mode === 'separate') c.write('|');
        c.write(str, enc);
      }
      c.end();
    });
  });
}
run('plain', () => run('separate', () => run('cork', () => {})));
