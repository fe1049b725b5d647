// Cipheriv and Decipheriv as streams: pipeline through both, and a decrypt
// failure reported as the stream's error.
const crypto = require('crypto');
const { Readable, pipeline, Writable } = require('stream');
const key = Buffer.alloc(32, 5), iv = Buffer.alloc(16, 6);
const input = Buffer.from('stream me through a cipher and back '.repeat(20));
const chunks = [];
pipeline(
  Readable.from([input.subarray(0, 100), input.subarray(100, 333), input.subarray(333)]),
  crypto.createCipheriv('aes-256-cbc', key, iv),
  crypto.createDecipheriv('aes-256-cbc', key, iv),
  new Writable({ write(chunk, enc, cb) { chunks.push(chunk); cb(); } }),
  (err) => {
    console.log('pipeline', err, Buffer.concat(chunks).equals(input));
    const d = crypto.createDecipheriv('aes-256-cbc', key, iv);
    d.on('error', (e) => console.log('error event', e.code, e.message));
    d.on('data', () => {});
    d.end(Buffer.alloc(16));
  });
const c = crypto.createCipheriv('aes-128-ctr', Buffer.alloc(16), Buffer.alloc(16));
c.setEncoding('hex');
let hexOut = '';
c.on('data', (s) => { hexOut += s; });
c.on('end', () => console.log('ctr hex', hexOut));
c.write('abc');
c.end('def');
