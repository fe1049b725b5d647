// Response header names from the network are lower-cased; repeated names combine,
// set-cookie values stay apart; the reason phrase is the statusText.
const net = require('net');
const srv = net.createServer((s) => s.once('data', () => s.end('HTTP/1.1 200 OK\r\nX-Mixed-Case: 1\r\nContent-Type: text/plain\r\nSet-Cookie: a=1\r\nset-cookie: b=2\r\nX-Dup: 1\r\nx-dup: 2\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok')));
srv.listen(0, async () => {
  const r = await fetch(`http://127.0.0.1:${srv.address().port}/`);
  console.log(r.headers, [...r.headers], r.statusText);
  srv.close();
});
