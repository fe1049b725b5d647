// file: URLs: hosts, Windows drive letters, localhost, fileURLToPath/pathToFileURL.
const url = require('url');
for (const s of ['file:///tmp/a b', 'file://localhost/etc/x', 'file://host/share', 'file:/x', 'file:x',
  'file:///C|/x', 'file:///a/%2e%2e/b', 'file:..']) {
  const u = new URL(s);
  console.log(JSON.stringify([u.href, u.host, u.pathname]));
}
console.log(url.fileURLToPath('file:///tmp/a%20b/c'));
console.log(url.fileURLToPath(new URL('file:///x/y%23z')));
for (const bad of ['http://x/y', 'file://host/x', 'file:///a%2fb']) {
  try { url.fileURLToPath(bad); } catch (e) { console.log(e.code, e.message); }
}
try { url.fileURLToPath(5); } catch (e) { console.log(e.code, e.message); }
console.log(url.pathToFileURL('/tmp/a b#c?d%e').href);
console.log(url.pathToFileURL('/tmp/dir/').href);
console.log(url.pathToFileURL('/a/\u00fc').href);
