// package.json "exports": conditions, subpaths, patterns, sugar, and blocked subpaths.
console.log(require('cond-pkg'), require('cond-pkg/sub'), require('cond-pkg/feature/x'));
console.log(require('cond-pkg/package.json').name, require('sugar-pkg'));
for (const id of ['cond-pkg/lib/hidden.js', 'cond-pkg/nope', 'sugar-pkg/main.js']) {
  try {
    require(id);
    console.log('loaded', id);
  } catch (e) {
    console.log(id, e.code);
  }
}
