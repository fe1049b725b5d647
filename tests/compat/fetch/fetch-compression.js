// Compressed responses are decoded (gzip, x-gzip, deflate, raw deflate, br, stacked
// codings); unknown codings pass through; HEAD and 204 carry no body.
const http = require('http');
const zlib = require('zlib');
const text = 'compressible text '.repeat(500);
const encoders = {
  gzip: (b) => zlib.gzipSync(b),
  'x-gzip': (b) => zlib.gzipSync(b),
  deflate: (b) => zlib.deflateSync(b),
  br: (b) => zlib.brotliCompressSync(b),
  'deflate, gzip': (b) => zlib.gzipSync(zlib.deflateSync(b)),
  identity: (b) => b,
  bogus: (b) => Buffer.concat([Buffer.from('raw:'), b.subarray(0, 10)]),
};
const server = http.createServer((req, res) => {
  const coding = decodeURIComponent(req.url.slice(1));
  if (coding === 'bad-gzip') {
    res.writeHead(200, { 'Content-Encoding': 'gzip' });
    return res.end('definitely not gzip data');
  }
  const body = encoders[coding](Buffer.from(text));
  res.writeHead(coding === 'none204' ? 204 : 200, { 'Content-Encoding': coding, 'Content-Length': body.length, 'X-Accept-Encoding': req.headers['accept-encoding'] });
  res.end(req.method === 'HEAD' ? undefined : body);
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}/`;
  for (const coding of Object.keys(encoders)) {
    const res = await fetch(base + encodeURIComponent(coding));
    const body = await res.text();
    console.log(coding, res.headers.get('content-encoding'), res.headers.get('x-accept-encoding'), body.length, body === text ? 'same' : JSON.stringify(body.slice(0, 14)));
  }
  const head = await fetch(`${base}gzip`, { method: 'HEAD' });
  console.log('HEAD', head.status, head.body, await head.text());
  try {
    const bad = await fetch(`${base}bad-gzip`);
    console.log('bad status', bad.status);
    await bad.text();
  } catch (e) { console.log('bad', e.name, e.message, e.cause?.code); }
  server.close();
});
