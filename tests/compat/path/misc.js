// sep, delimiter, posix/win32 objects, toNamespacedPath, the module's own keys.
const path = require('path');
console.log(path.sep, path.delimiter, path.posix === path, typeof path.win32, path.posix.posix === path);
console.log(path.toNamespacedPath('/a/b'), path.toNamespacedPath('a'), path.toNamespacedPath(5));
console.log(Object.keys(path).sort().join());
console.log(require('node:path') === path, require('path/posix') === path.posix, path._makeLong('x'));
