// path.isAbsolute on absolute, relative and empty paths.
const path = require('path');
const cases = [['/'], ['/a'], ['//a'], ['a'], ['./a'], [''], ['C:/x'], [null]];
for (const args of cases) {
  try {
    console.log(JSON.stringify(args), '->', JSON.stringify(path.isAbsolute(...args)));
  } catch (e) {
    console.log(JSON.stringify(args), 'throws', e.name, e.code, e.message);
  }
}
