// path.extname: dotfiles, trailing dots, multiple dots, directories.
const path = require('path');
const cases = [['a.js'], ['a.tar.gz'], ['.bashrc'], ['.a.b'], ['a.'], ['a..'], ['..'], ['.'], ['a/b.c/d'], ['a/b.c/'], ['/a/.x.y/'], [''], ['a.b/..'], ['...']];
for (const args of cases) {
  try {
    console.log(JSON.stringify(args), '->', JSON.stringify(path.extname(...args)));
  } catch (e) {
    console.log(JSON.stringify(args), 'throws', e.name, e.code, e.message);
  }
}
