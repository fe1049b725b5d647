'use strict';
// A unix-socket connect emits 'connectionAttempt' (path, undefined, undefined) and,
// when it fails, 'connectionAttemptFailed' with the error, as TCP connects do and as
// in Node. A connect callback is registered before the arguments are checked.
const net = require('net');
const os = require('os');
const path = require('path');
const good = path.join(os.tmpdir(), `protojs-attempt-${process.pid}.sock`);
const bad = path.join(os.tmpdir(), `protojs-attempt-missing-${process.pid}.sock`);
const show = (p) => (p === good ? 'GOOD' : p === bad ? 'BAD' : p);
const s = new net.Socket();
try {
  s.connect({}, () => {});
} catch (e) {
  console.log(e.code, 'connect listeners', s.listenerCount('connect'));
}
const failing = net.connect(bad);
failing.on('connectionAttempt', (p, port, type) => console.log('attempt', show(p), port, type));
failing.on('connectionAttemptFailed', (p, port, type, err) => console.log('failed', show(p), port, type, err.code));
failing.on('error', (e) => {
  console.log('error', e.code, e.syscall, show(e.address));
  const srv = net.createServer((x) => x.end()).listen(good, () => {
    const d = new net.Socket();
    d.on('connectionAttempt', (p, port, type) => console.log('attempt', show(p), port, type));
    d.on('connect', () => console.log('connected'));
    d.connect(good);
    d.resume();
    d.on('close', () => srv.close());
  });
});
