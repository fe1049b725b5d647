// MODULE_NOT_FOUND: code, first message line, requireStack; a nested missing require.
const path = require('path');
for (const id of ['./nope', 'no-such-package', '/abs/nope']) {
  try { require(id); } catch (e) { console.log(e.code, e.message.split('\n')[0], e.requireStack.map((p) => path.relative(__dirname, p)).join()); }
}
try { require('./fixtures/requires-missing'); } catch (e) {
  console.log(e.code, e.message.split('\n')[0], e.requireStack.map((p) => path.relative(__dirname, p)).join());
}
try { require(''); } catch (e) { console.log(e.code, e.message); }
try { require(); } catch (e) { console.log(e.code, e.message); }
