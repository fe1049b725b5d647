// module.createRequire from a path or file URL resolves relative to it.
const { createRequire } = require('module');
const path = require('path');
const r = createRequire(path.join(__dirname, 'fixtures', 'x.js'));
console.log(r('./a').name, r('./dir'));
const r2 = createRequire(require('url').pathToFileURL(path.join(__dirname, 'fixtures/')));
console.log(r2('./pkg-main'));
try { createRequire('relative/path'); } catch (e) { console.log(e.code); }
