// Reassigning module.exports detaches `exports`; `this` at top level is module.exports.
console.log(JSON.stringify(require('./fixtures/replace-exports')));
console.log(JSON.stringify(require('./fixtures/augment-exports')));
console.log(this === module.exports, exports === module.exports);
