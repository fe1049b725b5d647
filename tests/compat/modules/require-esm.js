// require() of an ES module (Node 20.19+): its namespace, __esModule with a default
// export, one instance shared with import(); top-level await throws ERR_REQUIRE_ASYNC_MODULE.
const m = require('./fixtures/esm.mjs');
console.log(Object.keys(m).join(), m.__esModule, m.x, m.default(), require('./fixtures/esm.mjs') === m);
const typed = require('./fixtures/esm-pkg');
console.log(Object.keys(typed).join(), typed.typed, typed.__esModule);
try { require('./fixtures/tla.mjs'); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
try { require('./fixtures/probe'); } catch (e) { console.log('no .cjs probing:', e.code); }
import('./fixtures/esm.mjs').then((ns) => console.log('same module', ns.default === m.default));
