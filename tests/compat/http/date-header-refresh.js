'use strict';
// The Date header of a response: the current time in RFC 7231 form, the same for
// responses within one second, a later one after the second turns (Node caches the
// string and drops it at the next whole second), and the cache's timer does not keep
// the process alive once the server is closed.
const http = require('http');

const server = http.createServer((req, res) => res.end('x'));

function get(port) {
  return new Promise((resolve, reject) => {
    http.get({ port, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.headers.date));
    }).on('error', reject);
  });
}

server.listen(0, async () => {
  const port = server.address().port;
  const before = Date.now();
  const first = await get(port);
  const parsed = Date.parse(first);
  console.log('format', /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(first));
  console.log('current', parsed >= Math.floor(before / 1000) * 1000 && parsed <= Date.now());
  // Wait until the next second has certainly begun.
  await new Promise((r) => setTimeout(r, 1100));
  const later = await get(port);
  console.log('later second', Date.parse(later) > parsed);
  // Many responses in a row: each is within two seconds of the clock (the header drops the milliseconds).
  let ok = true;
  for (let i = 0; i < 20; i++) {
    const d = Date.parse(await get(port));
    if (Math.abs(Date.now() - d) > 2000) ok = false;
  }
  console.log('all current', ok);
  server.close();
});
process.on('exit', () => console.log('exited'));
