// format(parse(p)) round trips and join/relative/resolve agree.
const path = require('path');
for (const p of ['/a/b/c.txt', 'a/b', '/x/', 'rel/file.tar.gz', '/']) {
  console.log(p, path.format(path.parse(p)));
}
for (const [from, to] of [['/a/b', '/a/c/d'], ['/x', '/x/y/z'], ['/1/2/3', '/4']]) {
  const r = path.relative(from, to);
  console.log(r, path.resolve(from, r) === to, path.join(from, r));
}
