// path.join: empty parts, dots, repeated and trailing slashes, invalid types.
const path = require('path');
const cases = [[], [''], ['', ''], ['a', 'b'], ['/a', '/b'], ['a/', '/b/'], ['a', '..', '..', 'b'], ['/a', '../..', 'c'], ['.', '.'], ['./a', './b/'], ['a//b', 'c///'], ['/'], ['', '/x'], ['a', '', 'b'], ['..', '..'], ['a', 1], [null]];
for (const args of cases) {
  try {
    console.log(JSON.stringify(args), '->', JSON.stringify(path.join(...args)));
  } catch (e) {
    console.log(JSON.stringify(args), 'throws', e.name, e.code, e.message);
  }
}
