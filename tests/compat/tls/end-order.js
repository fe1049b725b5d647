'use strict';
// allowHalfOpen on both sides: each end() arrives as 'end' (close_notify), data
// still flows the other way, then both close. Each side's events in order (the
// interleaving of the two sides depends on the loop's phases).
const tls = require('tls');
const { pem, serverOptions } = require('./fixtures/common');

const slog = [];
const clog = [];
let closed = 0;
function done() {
  if (++closed < 2) return;
  server.close();
  console.log(`${clog.join('\n')}\n--\n${slog.join('\n')}`);
}
const server = tls.createServer(serverOptions('server', { allowHalfOpen: true }), (s) => {
  s.setEncoding('utf8');
  s.on('data', (d) => slog.push(`server data ${d}`));
  s.on('end', () => {
    slog.push('server end');
    s.write('late reply');
    s.end(() => slog.push('server end callback'));
  });
  s.on('finish', () => slog.push('server finish'));
  s.on('close', () => {
    slog.push('server close');
    done();
  });
});
server.listen(0, () => {
  const c = tls.connect({ port: server.address().port, host: 'localhost', ca: pem('ca'), allowHalfOpen: true }, () => {
    c.end('request', () => clog.push('client end callback'));
  });
  c.setEncoding('utf8');
  c.on('data', (d) => clog.push(`client data ${d}`));
  for (const e of ['end', 'finish']) c.on(e, () => clog.push(`client ${e}`));
  c.on('close', () => {
    clog.push('client close');
    done();
  });
});
