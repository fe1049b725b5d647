'use strict';
// A line protocol over TCP: the server writes chunks that split lines and UTF-8
// characters; the client reads them with readline over the socket.
const net = require('net');
const readline = require('readline');

const payload = Buffer.from('héllo wörld\r\nΓειά σου\n日本語テキスト\n🎉 party 🎊\r\nend');
const cuts = [1, 2, 5, 13, 14, 20, 31, 33, 40, 47, 48, 49, 50, payload.length];
const server = net.createServer((sock) => {
  let i = 0;
  let prev = 0;
  const next = () => {
    if (i === cuts.length) {
      sock.end();
      return;
    }
    const chunk = payload.subarray(prev, cuts[i]);
    prev = cuts[i++];
    sock.write(chunk, () => setTimeout(next, 5));
  };
  next();
});
server.listen(0, '127.0.0.1', () => {
  const sock = net.connect(server.address().port, '127.0.0.1');
  const rl = readline.createInterface({ input: sock, crlfDelay: Infinity });
  rl.on('line', (line) => console.log('line', JSON.stringify(line), line.length));
  rl.on('close', () => {
    console.log('close');
    server.close();
  });
});
