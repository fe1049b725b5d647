'use strict';
// uniqueHeaders through every way of giving headers: setHeader, appendHeader,
// writeHead(object) alone or merged with setHeader, writeHead's flat and nested
// arrays, one- and zero-element arrays, names in mixed case, trailers; on the
// client: setHeader after the request is made, headers given as an array (built
// before the option is read: not joined), and an Expect header (head built early).
const http = require('http');

const unique = ['X-MiXeD', 'x-flat', 'x-nested', 'x-one', 'x-none', 'x-trail', 'x-app', 'x-req', 'x-exp'];
const cases = [
  (res) => { res.setHeader('x-mixed', ['a', 'b']); res.setHeader('X-Other', ['c', 'd']); res.end(); },
  (res) => { res.writeHead(200, { 'X-MIXED': ['a', 'b'], 'x-other': ['c', 'd'] }); res.end(); },
  (res) => { res.setHeader('x-one', ['solo']); res.setHeader('x-none', []); res.writeHead(200, { 'x-mixed': ['e', 'f'] }); res.end(); },
  (res) => { res.writeHead(200, ['x-flat', 'a', 'x-flat', 'b']); res.end(); },
  (res) => { res.setHeader('x-app', '0'); res.writeHead(200, ['x-flat', 'a', 'x-flat', 'b']); res.end(); },
  (res) => { res.writeHead(200, [['x-nested', ['a', 'b']], ['x-other', ['c', 'd']]]); res.end(); },
  (res) => { res.appendHeader('x-app', 'a'); res.appendHeader('X-App', ['b', 'c']); res.end('.'); },
  (res) => {
    res.setHeader('Trailer', 'x-trail');
    res.write('t');
    res.addTrailers({ 'x-trail': ['1', '2'], 'x-other': ['3', '4'] });
    res.end();
  },
];

const server = http.createServer({ uniqueHeaders: unique }, (req, res) => {
  if (req.url === '/echo') {
    const pairs = [];
    for (let i = 0; i < req.rawHeaders.length; i += 2) {
      if (/^x-/i.test(req.rawHeaders[i])) pairs.push(req.rawHeaders[i] + '=' + req.rawHeaders[i + 1]);
    }
    console.log('  server got', pairs.join(' | '));
    res.end();
    return;
  }
  cases[Number(req.url.slice(1))](res);
});

const { exchangeNoDate } = require('./fixtures/raw-cases');
// The raw response to `data` (sent with end()), Date header left out.
const exchange = (port, data) => exchangeNoDate(port, data, true);

function request(port, options, prepare) {
  return new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', path: '/echo', agent: false, uniqueHeaders: unique, ...options },
      (res) => { res.resume(); res.on('end', resolve); });
    if (prepare) prepare(req);
    req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (let i = 0; i < cases.length; i++) {
    const out = await exchange(port, `GET /${i} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    console.log(i, JSON.stringify(out));
  }
  console.log('client setHeader');
  await request(port, {}, (req) => { req.setHeader('X-Req', ['1', '2']); req.setHeader('x-other', ['3', '4']); });
  console.log('client headers as an array');
  await request(port, { headers: [['Host', 'x'], ['X-Req', ['1', '2']]] });
  console.log('client with Expect');
  await request(port, { headers: { 'x-exp': ['1', '2'], Expect: '100-continue' } });
  console.log('client without the option');
  await request(port, { uniqueHeaders: undefined, headers: { 'x-req': ['1', '2'] } });
  for (const bad of [[5], [null]]) {
    try { http.createServer({ uniqueHeaders: bad }); console.log('no throw'); } catch (e) { console.log('server', e.name); }
    try { http.request({ uniqueHeaders: bad, port: 1 }); console.log('no throw'); } catch (e) { console.log('client', e.name); }
  }
  server.close();
});
