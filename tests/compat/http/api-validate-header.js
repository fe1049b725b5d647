'use strict';
const http = require('http');
const net = require('net');
for (const [n, v] of [['x-ok', 'v'], ['bad name', 'v'], ['', 'v'], ['x', undefined], ['x', 'a\nb'], ['x', 'caf\u00e9'], ['x', '\u20ac']]) {
  try { http.validateHeaderName(n); http.validateHeaderValue(n, v); console.log('ok', JSON.stringify(n)); }
  catch (e) { console.log(e.name, e.code, e.message); }
}
