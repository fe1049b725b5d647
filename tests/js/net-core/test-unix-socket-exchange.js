'use strict';
// A unix domain socket server and client exchange data; address() is the path.
const assert = require('assert');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const { mustCall } = require('./common');

const sockPath = path.join(os.tmpdir(), `protojs-net-core-${process.pid}.sock`);
try { fs.unlinkSync(sockPath); } catch {}

const server = net.createServer(mustCall((s) => {
  s.setEncoding('utf8');
  s.on('data', mustCall((d) => {
    assert.strictEqual(d, 'over a pipe');
    s.end('ack');
  }));
}));
server.listen(sockPath, mustCall(() => {
  assert.strictEqual(server.address(), sockPath);
  const c = net.connect(sockPath, mustCall(() => c.write('over a pipe')));
  let got = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { got += d; });
  c.on('close', mustCall(() => {
    assert.strictEqual(got, 'ack');
    server.close(mustCall(() => assert.strictEqual(fs.existsSync(sockPath), false)));
  }));
}));
