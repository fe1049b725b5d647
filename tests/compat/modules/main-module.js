// require.main, module.id, loaded flag, children and parent.
const path = require('path');
console.log(require.main === module, module.id, path.basename(module.filename), module.loaded);
const p = require('./fixtures/parent');
console.log(p.parentFile, p.id, module.children.length, path.basename(module.children[0].id));
console.log(module.paths[0] === path.join(__dirname, 'node_modules'), typeof module.require);
setImmediate(() => console.log('loaded later', module.loaded));
