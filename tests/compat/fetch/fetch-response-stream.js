// A response body streams as the server writes it; cancelling the body closes the
// connection; an unread body does not keep the process alive.
const http = require('http');
let step;
const server = http.createServer((req, res) => {
  if (req.url === '/endless') {
    res.writeHead(200);
    const timer = setInterval(() => res.write('tick '), 5);
    req.on('close', () => { clearInterval(timer); console.log('server: endless closed'); });
    return;
  }
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.write('part1|');
  step = () => { res.write('part2|'); step = () => res.end('part3'); };
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const res = await fetch(`${base}/steps`);
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  const seen = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    seen.push(value);
    if (step) { const s = step; step = null; setTimeout(() => { s(); step = step || null; }, 5); }
    if (value.endsWith('part2|')) setTimeout(() => step && step(), 5);
  }
  console.log(seen.join(''));
  const endless = await fetch(`${base}/endless`);
  const r = endless.body.getReader();
  const first = await r.read();
  console.log('endless first', Buffer.from(first.value).toString().startsWith('tick'));
  await r.cancel();
  console.log('cancelled', endless.bodyUsed);
  setTimeout(() => server.close(), 50);
});
