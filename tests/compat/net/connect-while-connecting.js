'use strict';
// connect() called again while the first connect is in flight: it does not throw, the
// socket then errors with EALREADY (code, errno, syscall, message with the
// "- Local (host:port)" suffix; ports masked), 'error' precedes 'close', and a closed
// socket can connect() again (readyState, bytesRead reset or not, 'connect' once).
const net = require('net');
const mask = (m) => m.replace(/:\d+/g, ':PORT');
const server = net.createServer((s) => s.end('hi'));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const c = net.connect(port, '127.0.0.1');
  try { console.log('second connect returns this', c.connect(port, '127.0.0.1') === c); } catch (e) { console.log('second connect throws', e.code); }
  const ev = [];
  c.on('connect', () => ev.push('connect'));
  c.once('error', (e) => {
    ev.push('error');
    console.log('error', e.code, e.errno, e.syscall, e.address, e.port === port, mask(e.message));
    console.log('keys', Object.keys(e).sort().join(','));
  });
  c.once('close', (h) => {
    ev.push('close:' + h);
    console.log(ev.join(' '));
    c.connect(port, '127.0.0.1', () => console.log('reconnected', c.readyState, c.destroyed));
    let data = '';
    c.setEncoding('utf8');
    c.on('data', (d) => { data += d; });
    c.once('close', (h2) => { console.log('second close', h2, data, c.bytesRead); server.close(); });
  });
});
