'use strict';
// OutgoingMessage's deprecated (DEP0066) header views still work as in Node 20:
// _headers reads like getHeaders() and replaces every header when set, _headerNames
// maps lower-case names to the names as given, _renderHeaders() gives name: value
// with the given names. One DEP0066 warning for all of them.
const http = require('http');
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
const server = http.createServer((req, res) => {
  console.log('typeof _renderHeaders', typeof res._renderHeaders);
  console.log('_headerNames before', JSON.stringify(res._headerNames));
  res.setHeader('X-Foo', 'bar');
  console.log('_headers', JSON.stringify(res._headers), Object.getPrototypeOf(res._headers));
  console.log('_headerNames', JSON.stringify(res._headerNames));
  res._headerNames = { 'x-foo': 'X-FOO', 'x-none': 'X-None' };
  console.log('_renderHeaders', JSON.stringify(res._renderHeaders()));
  res._headers = { 'X-Set-Via-Headers': 'yes' };
  console.log('getHeaderNames after _headers=', JSON.stringify(res.getHeaderNames()));
  res.end();
  try {
    res._renderHeaders();
  } catch (e) {
    console.log('_renderHeaders after the head', e.code);
  }
});
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, (r) => {
    console.log('client sees x-set-via-headers:', r.headers['x-set-via-headers'], 'x-foo:', r.headers['x-foo']);
    r.resume();
    r.on('end', () => server.close());
  });
  console.log('request _headers', Object.keys(req._headers));
});
