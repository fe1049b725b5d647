// path.resolve: absolute parts reset, relative parts from cwd-independent absolute bases.
const path = require('path');
const cases = [['/a/b', 'c'], ['/a/b', '/c'], ['/a', 'b/', '../c/'], ['/', '..'], ['/x', ''], ['/x', '.', './y/'], ['/a//b', '..//c'], ['/foo/bar', './baz'], ['/foo/bar', '/tmp/file/'], ['/a', {}]];
for (const args of cases) {
  try {
    console.log(JSON.stringify(args), '->', JSON.stringify(path.resolve(...args)));
  } catch (e) {
    console.log(JSON.stringify(args), 'throws', e.name, e.code, e.message);
  }
}
