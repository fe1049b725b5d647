// path.parse: root, dir, base, ext, name for absolute, relative and odd paths.
const path = require('path');
const cases = [['/home/u/file.txt'], ['/'], ['//'], [''], ['a'], ['.bashrc'], ['/a/b/'], ['a/b.c.d'], ['./x'], ['../'], ['/a/..'], ['x.'], ['/.hidden'], [null]];
for (const args of cases) {
  try {
    console.log(JSON.stringify(args), '->', JSON.stringify(path.parse(...args)));
  } catch (e) {
    console.log(JSON.stringify(args), 'throws', e.name, e.code, e.message);
  }
}
