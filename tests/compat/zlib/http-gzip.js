// An HTTP server that gzips its response through a pipeline; the client gunzips it.
const http = require('http');
const zlib = require('zlib');
const { pipeline, Readable } = require('stream');
const body = 'line of a compressed http body\n'.repeat(2000);
const server = http.createServer((req, res) => {
  res.setHeader('Content-Encoding', 'gzip');
  pipeline(Readable.from([body.slice(0, 1000), body.slice(1000)]), zlib.createGzip(), res, (err) => {
    console.log('server pipeline', err);
  });
});
server.listen(0, () => {
  http.get({ port: server.address().port, headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
    console.log(res.statusCode, res.headers['content-encoding'], res.headers['transfer-encoding']);
    let text = '';
    const gunzip = zlib.createGunzip();
    gunzip.setEncoding('utf8');
    gunzip.on('data', (s) => { text += s; });
    gunzip.on('end', () => {
      console.log('client got', text.length, text === body);
      server.close(() => console.log('server closed'));
    });
    res.pipe(gunzip);
  });
});
