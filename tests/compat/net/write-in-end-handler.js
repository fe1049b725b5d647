'use strict';
// Writing from an 'end' listener: the socket has not ended its side yet (even with
// allowHalfOpen false the automatic end() comes on a later tick), so write() returns
// true, its callback gets null and the peer receives the data. On a later tick the
// allowHalfOpen=false socket is finished and destroyed; the allowHalfOpen one can
// still write. Server and client events are logged separately.
const net = require('net');
function run(allowHalfOpen, done) {
  const sev = [];
  const cev = [];
  let pending = 2;
  const finish = () => {
    if (--pending) return;
    server.close(() => {
      console.log('allowHalfOpen=' + allowHalfOpen + '\n  ' + sev.join('\n  ') + '\n  ' + cev.join('\n  '));
      done();
    });
  };
  const server = net.createServer({ allowHalfOpen }, (s) => {
    s.resume();
    s.on('end', () => {
      sev.push('end writableEnded=' + s.writableEnded + ' writable=' + s.writable);
      const r = s.write('reply', (e) => sev.push('write cb ' + (e ? e.code : e)));
      sev.push('write returned ' + r);
      process.nextTick(() => sev.push('next tick writableEnded=' + s.writableEnded + ' writable=' + s.writable));
      setImmediate(() => {
        sev.push('immediate writableEnded=' + s.writableEnded + ' destroyed=' + s.destroyed);
        if (!s.destroyed) {
          const r2 = s.write('late', (e) => sev.push('late write cb ' + (e ? e.code : e)));
          sev.push('late write returned ' + r2);
        }
        if (allowHalfOpen) s.end();
      });
    });
    s.on('finish', () => sev.push('finish'));
    s.on('error', (e) => sev.push('error ' + e.code + ' ' + e.message));
    s.on('close', (h) => { sev.push('close ' + h); finish(); });
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true }, () => c.end());
    let got = '';
    c.setEncoding('utf8');
    c.on('data', (d) => { got += d; });
    c.on('end', () => cev.push('client received ' + JSON.stringify(got)));
    c.on('close', () => { cev.push('client close'); finish(); });
  });
}
run(false, () => run(true, () => {}));
