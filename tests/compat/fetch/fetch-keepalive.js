// Sequential fetches to one server share a kept-alive connection; the process still
// exits when the work is done.
const http = require('http');
let connections = 0;
const server = http.createServer((req, res) => {
  res.end(`${req.url} ${req.headers.connection}`);
});
server.on('connection', () => connections++);
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const out = [];
  for (let i = 0; i < 5; i++) out.push(await (await fetch(`${base}/${i}`)).text());
  console.log(out, 'reused', connections < 5, connections <= 2);
  // In parallel: every response arrives.
  const all = await Promise.all([1, 2, 3].map((i) => fetch(`${base}/p${i}`).then((r) => r.text())));
  console.log(all);
  server.close(() => console.log('server closed'));
});
