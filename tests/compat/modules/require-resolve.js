// require.resolve for files, packages and builtins; resolve.paths; options.paths.
const path = require('path');
const rel = (p) => path.relative(__dirname, p);
console.log(rel(require.resolve('./fixtures/a')), rel(require.resolve('./fixtures/dir')), rel(require.resolve('cond-pkg')));
console.log(require.resolve('fs'), require.resolve('node:fs'), require.resolve.paths('fs'));
console.log(require.resolve.paths('x').map(rel).slice(0, 2).join());
console.log(rel(require.resolve('./a', { paths: [path.join(__dirname, 'fixtures')] })));
try { require.resolve('./fixtures/none'); } catch (e) { console.log(e.code); }
try { require.resolve(5); } catch (e) { console.log(e.code); }
