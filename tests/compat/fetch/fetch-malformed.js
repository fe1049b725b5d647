// Malformed responses from a raw TCP server fail the fetch with a TypeError whose
// cause is an Error; the process keeps running.
const net = require('net');
const replies = {
  '/garbage': 'THIS IS NOT HTTP\r\n\r\n',
  '/bad-status': 'HTTP/1.1 abc OK\r\n\r\n',
  '/bad-header': 'HTTP/1.1 200 OK\r\nBad Header Line\r\n\r\n',
  '/bad-length': 'HTTP/1.1 200 OK\r\nContent-Length: xyz\r\n\r\nbody',
};
const server = net.createServer((socket) => {
  socket.once('data', (d) => {
    const path = d.toString().split(' ')[1];
    socket.end(replies[path] ?? 'HTTP/1.1 200 OK\r\nContent-Length: 4\r\nConnection: close\r\n\r\ngood');
  });
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  for (const path of Object.keys(replies)) {
    try {
      const res = await fetch(base + path);
      console.log(path, 'status', res.status, await res.text());
    } catch (e) {
      console.log(path, e.name, e.message, e.cause instanceof Error);
    }
  }
  const good = await fetch(`${base}/good`);
  console.log(good.status, await good.text());
  server.close();
});
