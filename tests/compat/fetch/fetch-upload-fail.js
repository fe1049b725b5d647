// A streamed upload whose connection is refused fails the fetch and leaves the
// source stream as it was (locked, not cancelled); an upload aborted midway rejects
// with the AbortError and the server sees the request end early.
const net = require('net');
const http = require('http');
const probe = net.createServer();
probe.listen(0, '127.0.0.1', () => {
  const port = probe.address().port;
  probe.close(async () => {
    let cancelled = false;
    const body = new ReadableStream({ pull(c) { c.enqueue(new Uint8Array(10)); }, cancel() { cancelled = true; } });
    try {
      await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body, duplex: 'half' });
    } catch (e) { console.log(e.name, e.message, e.cause.code); }
    await new Promise((r) => setTimeout(r, 20));
    console.log('cancelled', cancelled, 'locked', body.locked);
    let received = 0;
    const server = http.createServer((req) => {
      req.on('data', (c) => { received += c.length; });
      req.on('close', () => console.log('server: request closed, got data', received > 0, 'complete', req.complete));
    });
    server.listen(0, '127.0.0.1', async () => {
      const ac = new AbortController();
      let sent = 0;
      const endless = new ReadableStream({
        async pull(c) {
          sent++;
          if (sent === 20) setTimeout(() => ac.abort(), 10);
          await new Promise((r) => setTimeout(r, 1));
          c.enqueue(new Uint8Array(1024));
        },
      });
      try {
        await fetch(`http://127.0.0.1:${server.address().port}/`, { method: 'PUT', body: endless, duplex: 'half', signal: ac.signal });
      } catch (e) { console.log(e.name, e.message); }
      // undici keeps pulling the aborted body stream, so Node would not exit by itself.
      setTimeout(() => { server.close(); process.exit(0); }, 30);
    });
  });
});
