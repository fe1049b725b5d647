// The request head fetch() sends, as a raw server receives it: undici's default
// headers and their order, the user's headers in their spelling, the body length.
const net = require('net');
const heads = [];
const server = net.createServer((socket) => {
  let buf = '';
  socket.on('data', (d) => {
    buf += d;
    let end;
    while ((end = buf.indexOf('\r\n\r\n')) !== -1) {
      const head = buf.slice(0, end);
      const len = +(/content-length: (\d+)/i.exec(head)?.[1] ?? 0);
      if (buf.length < end + 4 + len) return;
      heads.push(head + '\r\n\r\n' + buf.slice(end + 4, end + 4 + len));
      buf = buf.slice(end + 4 + len);
      socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
    }
  });
});
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const url = `http://127.0.0.1:${port}/p?q=1`;
  const show = () => console.log(JSON.stringify(heads.pop().split(String(port)).join('PORT')));
  await (await fetch(url)).text();
  show();
  await (await fetch(url, { headers: { 'X-Z': '1', 'a-b': '2', Accept: 'text/html', 'User-Agent': 'me' } })).text();
  show();
  await (await fetch(url, { method: 'POST', body: 'hello' })).text();
  show();
  await (await fetch(url, { method: 'POST' })).text();
  show();
  await (await fetch(url, { method: 'PUT', body: new URLSearchParams('a=1'), headers: [['x-multi', 'a'], ['X-Multi', 'b']] })).text();
  show();
  await (await fetch(url, { method: 'OPTIONS' })).text();
  show();
  server.close();
  for (const s of server._connections ? [] : []) s.destroy();
  process.exit(0);
});
