'use strict';
// multer (busboy underneath) unchanged: multipart/form-data uploads with fields and
// files, split across many TCP writes, limits, and a malformed body.
process.env.NODE_ENV = 'production';
const http = require('http');
const pkg = require('./fixtures/pkg');
const express = pkg('express');
const multer = pkg('multer');

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 200000 } });
const app = express();
app.post('/upload', upload.fields([{ name: 'doc' }, { name: 'pics', maxCount: 2 }]), (req, res) => {
  const files = {};
  for (const [field, list] of Object.entries(req.files || {})) {
    files[field] = list.map((f) => ({ name: f.originalname, type: f.mimetype, size: f.size, sum: f.buffer.reduce((a, b) => (a + b) % 65521, 0) }));
  }
  res.json({ fields: req.body, files });
});
app.use((err, req, res, next) => res.status(400).json({ code: err.code || err.message, field: err.field }));

function multipart(boundary, parts) {
  const pieces = [];
  for (const p of parts) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"`;
    if (p.filename) head += `; filename="${p.filename}"\r\nContent-Type: ${p.type}`;
    pieces.push(Buffer.from(head + '\r\n\r\n'), Buffer.from(p.data), Buffer.from('\r\n'));
  }
  pieces.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(pieces);
}

// Sends the body in pieces of `step` bytes, one write per loop turn.
function post(port, body, boundary, step) {
  return new Promise((resolve, reject) => {
    const req = http.request({ port, host: '127.0.0.1', method: 'POST', path: '/upload', headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': body.length } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { text += d; });
      res.on('end', () => resolve(`${res.statusCode} ${text}`));
    });
    req.on('error', reject);
    let at = 0;
    (function next() {
      if (at >= body.length) return req.end();
      req.write(body.subarray(at, at + step));
      at += step;
      setImmediate(next);
    })();
  });
}

const bin = Buffer.alloc(150000);
for (let i = 0; i < bin.length; i++) bin[i] = (i * 7) % 256;
const boundary = '----protojsBoundary12345';
const body = multipart(boundary, [
  { name: 'title', data: 'Hello, wörld' },
  { name: 'tags', data: 'a,b' },
  { name: 'doc', filename: 'notes.txt', type: 'text/plain', data: 'line one\r\nline two\r\n--not a boundary\r\n' },
  { name: 'pics', filename: 'a.bin', type: 'application/octet-stream', data: bin },
  { name: 'pics', filename: 'b.bin', type: 'image/png', data: bin.subarray(0, 999) },
]);

const server = app.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  console.log('whole', await post(port, body, boundary, body.length));
  console.log('small pieces', await post(port, body, boundary, 4093));
  console.log('odd pieces', await post(port, body, boundary, 17777));
  const tooBig = multipart(boundary, [{ name: 'doc', filename: 'x.bin', type: 'application/octet-stream', data: Buffer.alloc(250000) }]);
  console.log('too big', await post(port, tooBig, boundary, 65536));
  const tooMany = multipart(boundary, [1, 2, 3].map((n) => ({ name: 'pics', filename: `${n}.bin`, type: 'x/y', data: 'z' })));
  console.log('too many', await post(port, tooMany, boundary, 1000));
  const broken = Buffer.concat([body.subarray(0, 5000)]);
  console.log('truncated', await post(port, Buffer.concat([broken, Buffer.from(`\r\n--${boundary}--`)]).subarray(0, 5000), boundary, 5000));
  server.close(() => console.log('closed'));
});
