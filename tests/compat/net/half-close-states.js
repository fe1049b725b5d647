'use strict';
// The client half-closes; an allowHalfOpen server keeps writing over several ticks.
// Checks readyState/readable/writable/readableEnded/writableEnded/writableFinished on
// both ends at each step (each side logged separately, as cross-side order is up to the OS), and that the client receives everything after its own end().
const net = require('net');
const st = (s) => [s.readyState, s.readable, s.writable, s.readableEnded, s.writableEnded, s.writableFinished, s.destroyed].join(',');
const log = [];
const slog = [];
const server = net.createServer({ allowHalfOpen: true }, (s) => {
  s.resume();
  s.on('end', () => {
    slog.push('server end ' + st(s));
    let i = 0;
    const tick = () => {
      if (i < 3) { s.write('w' + i++, () => setTimeout(tick, 5)); return; }
      s.end('!');
      slog.push('server after end() ' + st(s));
    };
    tick();
  });
  s.on('finish', () => slog.push('server finish ' + st(s)));
  s.on('close', (h) => { slog.push('server close ' + h + ' ' + st(s)); });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true }, () => {
    log.push('client connect ' + st(c));
    c.end();
    log.push('client after end() ' + st(c));
  });
  c.setEncoding('utf8');
  let data = '';
  c.on('data', (d) => { data += d; });
  c.on('finish', () => log.push('client finish ' + st(c)));
  c.on('end', () => log.push('client end ' + JSON.stringify(data) + ' ' + st(c)));
  c.on('close', (h) => {
    log.push('client close ' + h + ' ' + st(c));
    setTimeout(() => { console.log(slog.join('\n')); console.log(log.join('\n')); server.close(); }, 20);
  });
});
