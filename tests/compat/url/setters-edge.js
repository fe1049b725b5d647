// URL setter edge cases (scheme changes, hosts with ports, invalid ports, opaque paths) and URLSearchParams decoding.
const tests = [
  ['http://a/', 'protocol', 'ftp'], ['http://a/', 'protocol', 'file'], ['file:///x', 'protocol', 'http'], ['http://a/', 'protocol', 'h t'],
  ['http://a/', 'username', 'é@:'], ['http://a/', 'password', '%:@/'], ['http://a:1/', 'host', 'b:'], ['http://a/', 'host', ''], ['foo://a/', 'host', ''],
  ['http://a/', 'hostname', 'b:80'], ['http://a/', 'host', 'b:80'], ['http://a/', 'host', 'x/y'], ['http://a/', 'host', '[::1]:99'],
  ['http://a/', 'port', '99999'], ['http://a/', 'port', '-1'], ['http://a/', 'port', ' 8'], ['https://a/', 'port', '443'],
  ['http://a/', 'pathname', '/a/../b/%2e/c'], ['http://a/', 'pathname', '?#'], ['foo://a/', 'pathname', 'x y'], ['foo:opaque', 'pathname', 'x'],
  ['http://a/', 'search', '??a=b'], ['http://a/', 'search', '#x'], ['http://a/', 'hash', '##x'], ['http://a/?q', 'search', '?'], ['http://a/#f', 'hash', '#'],
  ['http://a/', 'href', 'https://b/c'], ['file://h/x', 'host', 'localhost'], ['file:///x', 'hostname', 'h'],
];
for (const [u, k, v] of tests) {
  const x = new URL(u);
  try { x[k] = v; console.log(u, k, JSON.stringify(v), '->', x.href); } catch (e) { console.log(u, k, 'throws', e.code); }
}
const sp = new URLSearchParams('a=%F0%9F%98%80&b=%E9&c=%&d=%2');
console.log([...sp].map((p) => p.join('=')).join('|'), sp.toString());
const sp2 = new URLSearchParams({ '\ud800': '\udc00' }); console.log(sp2.toString());
console.log(new URLSearchParams('a=1&b=2&a=3').toString(), [...new URLSearchParams('z=1&a=2&z=0&b=3').entries()].toString());
const s3 = new URLSearchParams('z=1&a=2&z=0&b=3'); s3.sort(); console.log(s3.toString());
