'use strict';
// tls.checkServerIdentity on certificate objects: DNS names, wildcards, IPs, CN.
const tls = require('tls');

const cases = [
  ['localhost', { subject: { CN: 'x' }, subjectaltname: 'DNS:localhost' }],
  ['LOCALHOST.', { subject: {}, subjectaltname: 'DNS:localhost' }],
  ['a.example.com', { subject: {}, subjectaltname: 'DNS:*.example.com' }],
  ['a.b.example.com', { subject: {}, subjectaltname: 'DNS:*.example.com' }],
  ['example.com', { subject: {}, subjectaltname: 'DNS:*.com' }],
  ['foo.example.com', { subject: {}, subjectaltname: 'DNS:f*.example.com' }],
  ['bar.example.com', { subject: {}, subjectaltname: 'DNS:f*.example.com' }],
  ['127.0.0.1', { subject: {}, subjectaltname: 'DNS:localhost, IP Address:127.0.0.1' }],
  ['10.0.0.1', { subject: {}, subjectaltname: 'IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1' }],
  ['::1', { subject: {}, subjectaltname: 'IP Address:0:0:0:0:0:0:0:1' }],
  ['host.local', { subject: { CN: 'host.local' } }],
  ['other.local', { subject: { CN: 'host.local' } }],
  ['a.local', { subject: { CN: ['b.local', 'a.local'] } }],
  ['x.local', { subject: {} }],
  ['x.local', { subject: { CN: 'x.local' }, subjectaltname: 'DNS:y.local' }],
  ['a.com', { subject: {}, subjectaltname: 'DNS:"a.com, b.com", DNS:c.com' }],
];
for (const [host, cert] of cases) {
  const err = tls.checkServerIdentity(host, cert);
  if (err === undefined) console.log(host, 'ok');
  else console.log(host, err.code, err.name, '|', err.message, '|', err.reason, '|', err.host, err.cert === cert);
}
