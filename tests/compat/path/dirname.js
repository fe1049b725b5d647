// path.dirname: roots, trailing slashes, no slash, double leading slash.
const path = require('path');
const cases = [['/a/b/c'], ['/a/b/'], ['/a'], ['/'], ['//'], ['//a'], ['a'], [''], ['a/b'], ['a//b//'], ['///a'], ['/a//b'], [null]];
for (const args of cases) {
  try {
    console.log(JSON.stringify(args), '->', JSON.stringify(path.dirname(...args)));
  } catch (e) {
    console.log(JSON.stringify(args), 'throws', e.name, e.code, e.message);
  }
}
