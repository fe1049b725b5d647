// Large bodies both ways: 8 MB down (read in chunks) and 4 MB up.
const http = require('http');
const big = Buffer.alloc(8 * 1024 * 1024);
for (let i = 0; i < big.length; i++) big[i] = (i * 31 + 7) & 0xff;
const sum = (b) => { let s = 0; for (let i = 0; i < b.length; i += 997) s = (s + b[i] * (i % 13 + 1)) % 1000003; return s; };
const server = http.createServer((req, res) => {
  if (req.method === 'GET') return res.end(big);
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => { const all = Buffer.concat(chunks); res.end(`${all.length} ${sum(all)}`); });
});
server.listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${server.address().port}/`;
  const res = await fetch(url);
  console.log(res.headers.get('content-length'));
  const reader = res.body.getReader();
  const parts = [];
  let reads = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    reads++;
    parts.push(value);
  }
  const got = Buffer.concat(parts);
  console.log(got.length, sum(got) === sum(big), reads > 1);
  const ab = await (await fetch(url)).arrayBuffer();
  console.log(ab.byteLength, Buffer.from(ab).equals(big));
  const up = await fetch(url, { method: 'POST', body: big.subarray(0, 4 * 1024 * 1024) });
  console.log(await up.text(), sum(big.subarray(0, 4 * 1024 * 1024)));
  server.close();
});
