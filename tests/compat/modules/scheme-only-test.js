// node:test exists only with the node: scheme; bare 'test' is looked up as a package.
const { builtinModules, isBuiltin } = require('module');
console.log(typeof require('node:test').test);
console.log(isBuiltin('test'), isBuiltin('node:test'), builtinModules.includes('test'));
try {
  require('test');
} catch (err) {
  console.log(err.code, err.message.split('\n')[0]);
}
