// The legacy url.parse: common shapes.
const url = require('url');
for (const s of ['http://user:pass@Host.COM:8080/p/a/t/h?query=string#hash', 'https://a.com',
  '/just/a/path?x=1', 'mailto:someone@x.com', '//h/p', 'http://a.com/ sp']) {
  const u = url.parse(s);
  console.log(JSON.stringify([u.protocol, u.slashes, u.auth, u.host, u.port, u.hostname, u.hash, u.search, u.query, u.pathname, u.path, u.href]));
}
const q = url.parse('http://a/?x=1&y=2&x=3', true);
console.log(JSON.stringify(q.query), Object.getPrototypeOf(q.query));
console.log(JSON.stringify(url.parse('//h/p', false, true).host));
