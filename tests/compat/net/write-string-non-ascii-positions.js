// Strings written to a socket as UTF-8, with one non-ASCII Latin-1 character (é,
// \x80, \xff) at every position of strings 1 to 17 characters long, and all-ASCII
// strings of each length: the bytes that arrive, in hex. (The conversion tests
// eight bytes at a time for a non-ASCII one, so every position around 8 and 16
// counts.)
const net = require('net');
const strings = [];
for (let len = 0; len <= 17; len++) {
  const ascii = 'abcdefghijklmnopq'.slice(0, len);
  strings.push(ascii);
  for (let pos = 0; pos < len; pos++) {
    for (const ch of ['\u00e9', '\u0080', '\u00ff']) {
      strings.push(ascii.slice(0, pos) + ch + ascii.slice(pos + 1));
    }
  }
}
const server = net.createServer((s) => {
  const chunks = [];
  s.on('data', (d) => chunks.push(d));
  s.on('end', () => {
    const all = Buffer.concat(chunks);
    let expected = 0;
    for (const str of strings) expected += Buffer.byteLength(str);
    console.log('bytes', all.length, 'expected', expected);
    let off = 0;
    for (const str of strings) {
      const n = Buffer.byteLength(str);
      console.log(JSON.stringify(str), all.subarray(off, off + n).toString('hex'));
      off += n;
    }
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    for (const str of strings) c.write(str);
    c.end();
  });
});
