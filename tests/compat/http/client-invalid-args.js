'use strict';
const http = require('http');
const net = require('net');
const tries = [
  () => http.request({ method: 'B AD' }), () => http.request({ path: '/a b' }), () => http.request({ protocol: 'https:' }),
  () => http.request({ method: 1 }), () => http.request({ agent: 'x' }), () => http.request({ host: 5 }),
  () => http.request({ timeout: 'x' }), () => http.request({ headers: { 'bad name': 'x' } }), () => http.request('not a url'),
];
for (const f of tries) {
  try { f(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
}
