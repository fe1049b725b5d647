// path.basename: trailing slashes and suffix removal rules.
const path = require('path');
const cases = [['/a/b.txt'], ['/a/b.txt', '.txt'], ['/a/b.txt', 'b.txt'], ['/a/b.txt', 'txt'], ['/a/.txt', '.txt'], ['/a/b/'], ['/a/b//', 'b'], ['/'], [''], ['a'], ['aaa', 'a'], ['file.js', '.JS'], ['/x/y.', '.'], ['b.txt', 'xb.txt'], ['/a', 1]];
for (const args of cases) {
  try {
    console.log(JSON.stringify(args), '->', JSON.stringify(path.basename(...args)));
  } catch (e) {
    console.log(JSON.stringify(args), 'throws', e.name, e.code, e.message);
  }
}
