'use strict';
// The peer sends multi-byte text one byte per TCP segment (separate ticks, noDelay);
// setEncoding() must reassemble characters across reads for utf8 (3- and 4-byte
// characters), utf16le (odd split and a split surrogate pair), base64 and hex.
// Only the joined string is printed, since segment boundaries are up to the OS.
const net = require('net');
const text = 'a€😀é';
const cases = [
  ['utf8', Buffer.from(text, 'utf8')],
  ['utf16le', Buffer.from(text, 'utf16le')],
  ['base64', Buffer.from(text, 'utf8')],
  ['hex', Buffer.from(text, 'utf8')],
  ['latin1', Buffer.from([0x41, 0xe9, 0xff, 0x00])],
];
const server = net.createServer((s) => {
  s.setNoDelay(true);
  s.once('data', (d) => {
    const bytes = cases[Number(d.toString())][1];
    let i = 0;
    const next = () => {
      if (i === bytes.length) { s.end(); return; }
      s.write(bytes.subarray(i, i + 1), () => setTimeout(next, 2));
      i++;
    };
    next();
  });
});
server.listen(0, '127.0.0.1', () => {
  let k = 0;
  const run = () => {
    if (k === cases.length) { server.close(); return; }
    const [enc, bytes] = cases[k];
    const c = net.connect(server.address().port, '127.0.0.1', () => c.write(String(k)));
    c.setEncoding(enc);
    let out = '';
    let types = new Set();
    c.on('data', (d) => { out += d; types.add(typeof d); });
    c.on('end', () => {
      console.log(enc, JSON.stringify(out), [...types].join(','), out === bytes.toString(enc));
      k++;
      run();
    });
  };
  run();
});
