// path.relative: common prefixes, identical paths, root.
const path = require('path');
const cases = [['/a/b/c', '/a/b/d'], ['/a/b', '/a/b/c/d'], ['/a/b/c', '/a'], ['/a', '/a'], ['/', '/x/y'], ['/x/y', '/'], ['/foo/bar', '/foo/barbaz'], ['/foo/barbaz', '/foo/bar'], ['/a/b/', '/a/b'], ['/data/orandea/test/aaa', '/data/orandea/impl/bbb'], ['/a', 5]];
for (const args of cases) {
  try {
    console.log(JSON.stringify(args), '->', JSON.stringify(path.relative(...args)));
  } catch (e) {
    console.log(JSON.stringify(args), 'throws', e.name, e.code, e.message);
  }
}
