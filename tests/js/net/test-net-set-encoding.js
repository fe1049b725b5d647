'use strict';
// setEncoding decodes received bytes: utf8 strings with a multi-byte character split
// across two TCP writes arrive whole; hex and base64 decode the same bytes.
const assert = require('assert');
const net = require('net');
const { mustCall } = require('./common');

const payload = Buffer.from('héllo wörld €', 'utf8');
const cases = [['utf8', payload.toString('utf8')], ['hex', payload.toString('hex')],
               ['base64', payload.toString('base64')], ['latin1', payload.toString('latin1')]];
let pending = cases.length;
const server = net.createServer((sock) => {
  // Split inside the 3-byte euro sign and send the halves in two writes.
  const cut = payload.length - 2;
  sock.write(payload.subarray(0, cut), () => setTimeout(() => sock.end(payload.subarray(cut)), 5));
});
server.listen(0, mustCall(() => {
  for (const [enc, expected] of cases) {
    const c = net.connect(server.address().port);
    assert.strictEqual(c.setEncoding(enc), c);
    let got = '';
    c.on('data', (d) => { assert.strictEqual(typeof d, 'string'); got += d; });
    c.on('end', mustCall(() => {
      assert.strictEqual(got, expected, enc);
      if (--pending === 0) server.close();
    }));
  }
}));
