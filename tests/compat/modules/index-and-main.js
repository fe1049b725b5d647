// A directory resolves to index.js, or to package.json "main" (without extension).
console.log(require('./fixtures/dir'), require('./fixtures/dir/'), require('./fixtures/pkg-main'));
console.log(require('plain-pkg'), require('plain-pkg/other'), require('@scope/scoped'));
