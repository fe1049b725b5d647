'use strict';
// write() accepts Buffer, strings in every Buffer encoding, Uint8Array, other
// TypedArrays and DataView; the bytes arrive exactly; other types throw
// ERR_INVALID_ARG_TYPE.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const parts = [
  [Buffer.from([1, 2, 3])],
  ['hello'],
  ['68656c6c6f', 'hex'],
  ['aGVsbG8=', 'base64'],
  ['aGVsbG8', 'base64url'],
  ['héllo', 'latin1'],
  ['héllo', 'utf8'],
  ['hi', 'utf16le'],
  ['hello', 'ascii'],
  [new Uint8Array([4, 5])],
  [new Uint16Array([0x0102])],
  [new DataView(new ArrayBuffer(3))],
];
const expected = Buffer.concat(parts.map(([d, enc]) =>
  (typeof d === 'string' ? Buffer.from(d, enc) :
   Buffer.from(d.buffer, d.byteOffset, d.byteLength))));

const server = net.createServer(mustCall((sock) => {
  const chunks = [];
  sock.on('data', (d) => chunks.push(d));
  sock.on('end', mustCall(() => {
    assert.deepStrictEqual(Buffer.concat(chunks), expected);
    server.close();
  }));
}));
server.listen(0, mustCall(() => {
  const c = net.connect(server.address().port, mustCall(() => {
    for (const [d, enc] of parts) c.write(d, enc);
    for (const bad of [1, true, {}, []]) {
      assert.throws(() => c.write(bad), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
    }
    assert.throws(() => c.write(null), { code: 'ERR_STREAM_NULL_VALUES' });
    c.end();
  }));
}));
