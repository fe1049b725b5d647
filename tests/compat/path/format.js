// path.format: dir/root/base/name/ext precedence.
const path = require('path');
const cases = [[{ dir: '/a', base: 'b.txt' }], [{ root: '/', base: 'x' }], [{ root: '/', dir: '/', base: 'x' }], [{ name: 'n', ext: '.e' }], [{ name: 'n', ext: 'e' }], [{ dir: 'd', name: 'n', ext: '.e' }], [{ base: 'b', name: 'n', ext: '.e' }], [{}], [{ root: '/r/' }], [null], ['x']];
for (const args of cases) {
  try {
    console.log(JSON.stringify(args), '->', JSON.stringify(path.format(...args)));
  } catch (e) {
    console.log(JSON.stringify(args), 'throws', e.name, e.code, e.message);
  }
}
