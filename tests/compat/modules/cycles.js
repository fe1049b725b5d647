// A require cycle sees the partial exports of the module still loading.
const a = require('./fixtures/cycle/a');
const b = require('./fixtures/cycle/b');
console.log(JSON.stringify(a), JSON.stringify(b));
