'use strict';
// express.static (the `send` package) unchanged: content types, lengths, ranges,
// HEAD, conditional GETs, directory redirects, missing files, dotfiles.
const path = require('path');
// Production mode: error pages carry no stack trace (whose frames are the engine's).
process.env.NODE_ENV = 'production';
const pkg = require('./fixtures/pkg');
const { request, show } = require('./fixtures/client');
const express = pkg('express');

// A 300 KB file made here (not kept in the repository), served from a temporary folder.
const fs = require('fs');
const os = require('os');
const bigDir = fs.mkdtempSync(path.join(os.tmpdir(), 'protojs-static-'));
const bigBytes = Buffer.alloc(300000);
for (let i = 0; i < bigBytes.length; i++) bigBytes[i] = i % 251;
fs.writeFileSync(path.join(bigDir, 'big.bin'), bigBytes);
process.on('exit', () => fs.rmSync(bigDir, { recursive: true, force: true }));

const app = express();
app.use('/files', express.static(path.join(__dirname, 'fixtures', 'static')));
app.use('/files', express.static(bigDir));
app.get('/download', (req, res) => res.download(path.join(__dirname, 'fixtures', 'static', 'data.json'), 'renamed.json'));
app.get('/send-file', (req, res) => res.sendFile('hello.txt', { root: path.join(__dirname, 'fixtures', 'static') }));

const server = app.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const names = ['content-type', 'content-length', 'content-range', 'accept-ranges', 'location', 'content-disposition'];
  const first = await request(port, { path: '/files/hello.txt' });
  show('file', first, names);
  console.log('etag and last-modified present:', typeof first.headers.etag, typeof first.headers['last-modified']);
  show('json', await request(port, { path: '/files/data.json' }), names);
  show('range', await request(port, { path: '/files/hello.txt', headers: { range: 'bytes=6-10' } }), names);
  show('suffix-range', await request(port, { path: '/files/hello.txt', headers: { range: 'bytes=-4' } }), names);
  show('bad-range', await request(port, { path: '/files/hello.txt', headers: { range: 'bytes=900-' } }), names);
  show('head', await request(port, { method: 'HEAD', path: '/files/hello.txt' }), names);
  show('etag-304', await request(port, { path: '/files/hello.txt', headers: { 'if-none-match': first.headers.etag } }), names);
  show('since-304', await request(port, { path: '/files/hello.txt', headers: { 'if-modified-since': first.headers['last-modified'] } }), names);
  show('dir', await request(port, { path: '/files/sub' }), names);
  show('index', await request(port, { path: '/files/sub/' }), names);
  show('missing', await request(port, { path: '/files/none.txt' }), ['content-type']);
  show('dotfile', await request(port, { path: '/files/.hidden' }), ['content-type']);
  show('traversal', await request(port, { path: '/files/../express-static.js' }), ['content-type']);
  show('download', await request(port, { path: '/download' }), names);
  show('send-file', await request(port, { path: '/send-file' }), names);
  const big = await request(port, { path: '/files/big.bin' });
  console.log('big', big.status, big.headers['content-length'], big.body.length, big.body.every((b, i) => b === i % 251));
  server.close(() => console.log('closed'));
});
