'use strict';
// An end(cb) still pending when the socket is destroyed: the callback gets the destroy
// error (destroy(err)) or ERR_STREAM_DESTROYED (plain destroy()), before 'error'
// and 'close'; the pending write callback gets null (already flushed) and 'finish' does not fire.
const net = require('net');
const server = net.createServer((s) => s.resume());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const run = (withErr, done) => {
    const c = net.connect(port, '127.0.0.1', () => {
      const ev = [];
      c.on('error', (e) => ev.push('error:' + e.code));
      c.on('finish', () => ev.push('finish'));
      c.on('close', (h) => { ev.push('close:' + h); console.log(withErr ? 'destroy(err):' : 'destroy():', ev.join(' ')); done(); });
      c.write('a', (e) => ev.push('write cb:' + (e && e.code)));
      c.end((e) => ev.push('end cb:' + (e ? e.code : e)));
      if (withErr) {
        const e = new Error('boom'); e.code = 'EBOOM';
        c.destroy(e);
      } else {
        c.destroy();
      }
    });
  };
  run(true, () => run(false, () => server.close()));
});
