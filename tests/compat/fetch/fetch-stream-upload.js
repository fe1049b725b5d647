// A ReadableStream request body goes out chunked, chunk by chunk, with duplex: 'half'.
const http = require('http');
const server = http.createServer((req, res) => {
  const sizes = [];
  req.on('data', (c) => sizes.push(c.length));
  req.on('end', () => {
    res.end(JSON.stringify({ te: req.headers['transfer-encoding'], cl: req.headers['content-length'] ?? null, total: sizes.reduce((a, b) => a + b, 0) }));
  });
});
server.listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${server.address().port}/`;
  let n = 0;
  const body = new ReadableStream({
    pull(c) {
      if (n === 50) return c.close();
      n++;
      c.enqueue(new Uint8Array(1000).fill(n));
    },
  });
  const res = await fetch(url, { method: 'POST', body, duplex: 'half' });
  console.log(res.status, await res.text(), n);
  try {
    await fetch(url, { method: 'POST', body: new ReadableStream() });
  } catch (e) { console.log(e.name, e.message); }
  const gen = async function* () { yield new TextEncoder().encode('from '); yield new TextEncoder().encode('generator'); };
  const res2 = await fetch(url, { method: 'POST', body: ReadableStream.from(gen()), duplex: 'half' });
  console.log(await res2.text());
  // A body stream that fails fails the fetch.
  const bad = new ReadableStream({ pull(c) { c.error(new Error('source broke')); } });
  try {
    await fetch(url, { method: 'POST', body: bad, duplex: 'half' });
  } catch (e) { console.log(e.name, e.message, e.cause?.message); }
  server.close();
});
