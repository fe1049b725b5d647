// path.normalize: dot segments, multiple slashes, relative above root, trailing slashes.
const path = require('path');
const cases = [[''], ['.'], ['./'], ['/'], ['//'], ['///a//b/'], ['a/./b/../c'], ['../a/..'], ['../../x/'], ['/../..'], ['/a/b/../../..'], ['a/..'], ['a/../'], ['./.././'], ['foo/bar/../../..'], ['.../a'], ['a/.../..'], [5]];
for (const args of cases) {
  try {
    console.log(JSON.stringify(args), '->', JSON.stringify(path.normalize(...args)));
  } catch (e) {
    console.log(JSON.stringify(args), 'throws', e.name, e.code, e.message);
  }
}
