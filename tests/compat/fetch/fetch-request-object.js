// fetch(Request): its method, headers and body are sent; its body is then used;
// init overrides the Request's fields.
const http = require('http');
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => { body += c; });
  req.on('end', () => res.end(`${req.method} ${req.headers['x-from']} ${body}`));
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const req = new Request(`${base}/`, { method: 'POST', headers: { 'X-From': 'request' }, body: 'req body' });
  const res = await fetch(req);
  console.log(await res.text(), req.bodyUsed);
  try { await fetch(req); } catch (e) { console.log(e.name, e.message); }
  const req2 = new Request(`${base}/`, { method: 'PUT', headers: { 'X-From': 'request2' }, body: 'two' });
  const res2 = await fetch(req2, { headers: { 'X-From': 'init' } });
  console.log(await res2.text());
  const req3 = new Request(`${base}/`, { method: 'POST', body: 'cloned' });
  const [a, b] = await Promise.all([fetch(req3.clone()), fetch(req3)]);
  console.log(await a.text(), await b.text());
  const res4 = await fetch(`${base}/`, { method: 'POST', body: await new Response('from a response').blob() });
  console.log(await res4.text());
  server.close();
});
