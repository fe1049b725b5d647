'use strict';
// http.request() with a URL the user extended (method, headers as own properties)
// uses them, and any object with href and protocol but no auth or path counts as a
// URL (its path is pathname + search), as Node's urlToHttpOptions and isURL do.
const http = require('http');
const url = require('url');
const u = Object.assign(new URL('http://127.0.0.1:1/obj?q=1'), { method: 'PUT', headers: { 'x-a': '1' } });
const options = url.urlToHttpOptions(u);
console.log(JSON.stringify(options), Object.getPrototypeOf(options));
const show = (req) => {
  req.on('error', () => {});
  console.log(req.method, req.path, req.host, JSON.stringify(req.getHeaders()));
  req.destroy();
};
show(http.request(u));
show(http.request({ href: 'http://127.0.0.1:1/a?b', protocol: 'http:', hostname: '127.0.0.1', port: '1',
                    pathname: '/a', search: '?b' }));
show(http.request({ href: 'http://127.0.0.1:1/a?b', protocol: 'http:', hostname: '127.0.0.1', port: 1,
                    path: '/given' }));
show(http.request(new URL('http://user:p%40ss@127.0.0.1:1/x#frag')));
