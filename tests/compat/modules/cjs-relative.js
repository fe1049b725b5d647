// Relative requires with and without extension; __filename/__dirname inside the module.
const a = require('./fixtures/a');
console.log(a.name, a.file, a.dir, require('./fixtures/a.js') === a);
console.log(require('./fixtures/../fixtures/a') === a);
console.log(require('path').basename(__filename), require('path').basename(__dirname));
