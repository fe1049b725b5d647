'use strict';
// An Agent's createConnection gets options.servername as Node works it out: the
// Host header's name without its port (brackets off an IPv6 literal), else the
// host, and '' for an IP. A Host header that is not a string throws
// ERR_INVALID_ARG_TYPE from http.get().
const http = require('http');
class A extends http.Agent {
  createConnection(opts, cb) {
    console.log('servername:', JSON.stringify(opts.servername));
    return super.createConnection(opts, cb);
  }
}
const get = (options) => http.get({ port: 1, agent: new A(), ...options }).on('error', () => {});
get({ host: '127.0.0.1', headers: { Host: 'example.com:81' } });
get({ host: 'localhost' });
get({ host: '127.0.0.1' });
get({ host: '127.0.0.1', headers: { Host: '[::1]:80' } });
get({ host: '127.0.0.1', headers: { Host: 'given.example' }, servername: 'explicit.example' });
try {
  get({ host: '127.0.0.1', headers: { Host: ['a', 'b'] } });
  console.log('no throw');
} catch (e) {
  console.log(e.code, e.message);
}
