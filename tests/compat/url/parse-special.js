// Special-scheme URLs: normalization of scheme, host, port, dot segments, backslashes.
const inputs = [
  'HTTP://EXAMPLE.com:80/a/../b/./c?x#y', 'https://a.com:443/', 'https://a.com:8443/p',
  'http://a.com\\b\\c', 'ws://h:80/', 'wss://h:443/x', 'ftp://h:21/f', 'http://a.com/%2e/x/%2E%2e/y',
  'http://a.com/a/b/../../..', 'http://a.com?q', 'http://a.com#f', 'http:a.com/x', 'http:/a.com/x',
  'http://a.com/ sp ace/', 'http://user:pa ss@h/', 'http://@h/', 'http://a.com:/x',
];
for (const s of inputs) {
  const u = new URL(s);
  console.log(JSON.stringify([u.href, u.protocol, u.host, u.hostname, u.port, u.pathname, u.search, u.hash, u.origin]));
}
