'use strict';
// Synchronous option validation in http.request / http.createServer / http.Agent /
// setTimeout / setMaxIdleHTTPParsers: error class, code and Node's exact message for wrong types, ranges,
// unescaped path characters and header problems (options not covered by
// client-invalid-args.js).
const http = require('http');

const tries = [
  ['insecureHTTPParser str', () => http.request({ insecureHTTPParser: 'yes' })],
  ['maxHeaderSize neg', () => http.request({ maxHeaderSize: -1 })],
  ['maxHeaderSize str', () => http.request({ maxHeaderSize: '10' })],
  ['joinDuplicateHeaders num', () => http.request({ joinDuplicateHeaders: 1 })],
  ['path \\u0100', () => http.request({ path: '/\u0100' })],
  ['path \\u00ff', () => http.request({ path: '/\u00ff', host: '127.0.0.1', port: 1 })],
  ['path tab', () => http.request({ path: '/a\tb' })],
  ['header value CRLF', () => http.request({ headers: { 'x-a': 'a\r\nb' } })],
  ['header value undefined', () => http.request({ headers: { 'x-a': undefined } })],
  ['header array bad name', () => http.request({ headers: ['bad name', 'v'] })],
  ['method empty', () => http.request({ method: '', host: '127.0.0.1', port: 1 })],
  ['lookup num', () => http.request({ lookup: 5 })],
  ['createConnection', () => http.request({ createConnection: 5 })],
  ['url + bad protocol', () => http.request('ftp://example.com/')],
  ['url object bad protocol', () => http.request(new URL('file:///x'))],
  ['server requestTimeout neg', () => http.createServer({ requestTimeout: -1 })],
  ['server headersTimeout str', () => http.createServer({ headersTimeout: '1' })],
  ['server maxHeaderSize neg', () => http.createServer({ maxHeaderSize: -5 })],
  ['server insecureHTTPParser', () => http.createServer({ insecureHTTPParser: 1 })],
  ['server options str', () => http.createServer('x')],
  ['server joinDuplicateHeaders', () => http.createServer({ joinDuplicateHeaders: 'x' })],
  ['server setTimeout str', () => http.createServer().setTimeout('x')],
  ['agent maxSockets 0', () => new http.Agent({ maxSockets: 0 })],
  ['agent maxTotalSockets str', () => new http.Agent({ maxTotalSockets: 'x' })],
  ['agent scheduling', () => new http.Agent({ scheduling: 'random' })],
  ['req setTimeout str', () => { const r = http.request({ host: '127.0.0.1', port: 1 }); r.on('error', () => {}); try { r.setTimeout('1'); } finally { r.destroy(); } }],
  ['get with bad headers type', () => http.get({ headers: 'x' })],
  ['setMaxIdleHTTPParsers str', () => http.setMaxIdleHTTPParsers('x')],
  ['setMaxIdleHTTPParsers 0', () => http.setMaxIdleHTTPParsers(0)],
  ['setMaxIdleHTTPParsers 1.5', () => http.setMaxIdleHTTPParsers(1.5)],
];
for (const [name, f] of tries) {
  try {
    const r = f();
    // A request that was created anyway must not connect anywhere.
    if (r instanceof http.ClientRequest) { r.on('error', () => {}); r.destroy(); }
    console.log(name, '-> no throw');
  } catch (e) { console.log(name, '->', e.name, e.code, e.message); }
}
