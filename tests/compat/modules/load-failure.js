// A module that throws while loading is not cached; requiring it again throws again.
const path = require('path');
for (let i = 0; i < 2; i++) {
  try { require('./fixtures/throws'); } catch (e) { console.log(i, e.message); }
}
console.log(path.join(__dirname, 'fixtures/throws.js') in require.cache);
