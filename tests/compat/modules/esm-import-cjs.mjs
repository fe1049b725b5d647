// Importing CommonJS gives module.exports as the default export.
import greet from './fixtures/cjs-lib.cjs';
import named from './fixtures/cjs-named.cjs';
import data from './fixtures/a.js';
console.log(greet('esm'), greet.extra, named.named, named.other, data.name);
