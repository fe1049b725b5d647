'use strict';
// A custom lookup() that reports odd results (autoSelectFamily off): an invalid string,
// a number, an empty array or an object as the address give ERR_INVALID_IP_ADDRESS with
// the value formatted as util.format('%s') does ('[]', '{}'); an IPv4 address labelled
// family 6 (and IPv6 labelled 4) fails synchronously in connect with EINVAL, whose
// message carries " - Local (undefined:undefined)" as the socket has no local address.
// A lookup error passes through unchanged. Ports are masked.
const net = require('net');
const server = net.createServer((s) => s.end());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const mask = (s) => String(s).split(String(port)).join('PORT');
  const cases = [
    ['invalid string', (h, o, cb) => cb(null, 'not-an-ip', 4)],
    ['number', (h, o, cb) => cb(null, 5, 4)],
    ['empty array', (h, o, cb) => cb(null, [])],
    ['object', (h, o, cb) => cb(null, {}, 4)],
    ['v4 as family 6', (h, o, cb) => cb(null, '127.0.0.1', 6)],
    ['v6 as family 4', (h, o, cb) => cb(null, '::1', 4)],
    ['lookup error', (h, o, cb) => { const e = new Error('nope'); e.code = 'ENOTFOUND'; cb(e); }],
  ];
  let i = 0;
  const next = () => {
    if (i === cases.length) { server.close(); return; }
    const [label, lookup] = cases[i++];
    const ev = [];
    const c = net.connect({ port, host: 'example.test', lookup, autoSelectFamily: false });
    c.on('connect', () => ev.push('connect'));
    c.on('error', (e) => ev.push(`error ${e.name} ${e.code} ${e.errno} ${e.syscall} ${mask(e.message)}`));
    c.on('close', (h) => { ev.push('close ' + h); console.log(label + ':', ev.join(' | ')); next(); });
    c.resume();
  };
  next();
});
