'use strict';
// The read queue of a paused Readable: read(n) across chunk boundaries (bytes and,
// with an encoding, characters), unshift() after partial reads, setEncoding() with
// data queued, readableBuffer, and a queue of thousands of chunks read one by one.
const { Readable } = require('stream');

const show = (v) => (v === null ? 'null' : Buffer.isBuffer(v) ? `<${v.toString('hex')}>` : JSON.stringify(v));

function bytes() {
  const r = new Readable({ read() {} });
  for (const s of ['abc', 'defgh', 'ij', 'klmnopq']) r.push(Buffer.from(s));
  const out = [];
  for (const n of [1, 2, 3, 5, 4, 100]) {
    out.push(`${n}:${show(r.read(n))} left ${r.readableLength}`);
  }
  console.log('bytes', out.join(' | '));
  r.push(Buffer.from('xyz'));
  r.push(null);
  console.log('after end', show(r.read(2)), show(r.read(5)), show(r.read()), r.readableLength);
}

function strings() {
  const r = new Readable({ read() {}, encoding: 'utf8' });
  // A euro sign split across pushes, and multi-byte characters in the middle.
  const euro = Buffer.from('€');
  r.push(Buffer.concat([Buffer.from('ab'), euro.subarray(0, 1)]));
  r.push(Buffer.concat([euro.subarray(1), Buffer.from('cdé')]));
  r.push('fgh');
  console.log('strings length', r.readableLength);
  console.log('strings', show(r.read(2)), show(r.read(3)), show(r.read(1)), show(r.read(10)), show(r.read()));
}

function unshifting() {
  const r = new Readable({ read() {} });
  r.push(Buffer.from('hello'));
  r.push(Buffer.from('world'));
  const head = r.read(3);
  r.unshift(head.subarray(1));
  console.log('unshift', show(r.read(4)), r.readableLength, show(r.read()));
  const s = new Readable({ read() {}, encoding: 'latin1' });
  s.push(Buffer.from([0x61, 0xe9, 0x62]));
  s.read(1);
  s.unshift('zz', 'utf8');
  console.log('unshift string', show(s.read()));
}

function encodingLater() {
  const r = new Readable({ read() {} });
  r.push(Buffer.from([0xe2, 0x82]));
  r.push(Buffer.from([0xac, 0x41]));
  console.log('before', r.readableLength, r.readableEncoding);
  r.setEncoding('utf8');
  console.log('after', r.readableLength, r.readableEncoding, show(r.read()));
  r.push(Buffer.from('BC'));
  console.log('more', show(r.read()));
}

function buffers() {
  const r = new Readable({ read() {} });
  console.log('empty buffer', r.readableBuffer.length, r.readableLength);
  r.push('a');
  r.push('b');
  console.log('buffer', r.readableBuffer.length, r.readableLength);
  r.read(1);
  r.read(1);
  console.log('drained', r.readableLength, show(r.read()));
}

function manyChunks() {
  const r = new Readable({ read() {}, highWaterMark: 1 << 20 });
  for (let i = 0; i < 3000; i++) r.push(Buffer.from([i & 0xff, (i >> 8) & 0xff]));
  let sum = 0;
  let reads = 0;
  for (let chunk; (chunk = r.read(i3(reads))) !== null; reads++) {
    for (const b of chunk) sum += b;
  }
  console.log('many', reads, sum, r.readableLength);
  function i3(k) { return 1 + (k % 3); }
}

function objects() {
  const r = new Readable({ objectMode: true, read() {} });
  r.push({ a: 1 });
  r.push('two');
  r.unshift(0);
  console.log('objects', r.readableLength, show(r.read(5)), show(r.read()), show(r.read()), r.readableLength);
}

bytes();
strings();
unshifting();
encodingLater();
buffers();
manyChunks();
objects();
