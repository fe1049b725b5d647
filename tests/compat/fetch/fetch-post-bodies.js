// Request bodies reach the server: method, content-type, content-length and bytes
// for every BodyInit type.
const http = require('http');
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const boundary = /boundary=(\S+)/.exec(req.headers['content-type'] || '')?.[1];
    let body = Buffer.concat(chunks);
    if (boundary) body = Buffer.from(body.toString('latin1').split(boundary).join('B'), 'latin1');
    const ct = (req.headers['content-type'] || '').replace(/boundary=\S+/, 'boundary=B');
    res.end(JSON.stringify([req.method, ct, req.headers['content-length'], req.headers['transfer-encoding'] ?? null, body.length, body.toString('base64').slice(0, 60)]));
  });
});
server.listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${server.address().port}/`;
  const fd = new FormData();
  fd.append('k', 'v');
  const bodies = [
    'text body', new URLSearchParams({ q: 'a b', r: 'é' }), new TextEncoder().encode('bytes').buffer,
    new Uint16Array([1, 2, 3]), new DataView(new ArrayBuffer(3)), Buffer.from('buffer'),
    new Blob(['blob'], { type: 'application/x-blob' }), fd, '',
  ];
  for (const body of bodies) {
    const res = await fetch(url, { method: 'POST', body });
    console.log(await res.text());
  }
  const put = await fetch(url, { method: 'PUT', body: 'x', headers: { 'Content-Type': 'application/json' } });
  console.log(await put.text());
  const patch = await fetch(url, { method: 'PATCH', body: 'p' });
  console.log(await patch.text());
  server.close();
});
