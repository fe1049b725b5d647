'use strict';
// A module that was missing when require() first looked is found once it exists:
// the resolver does not remember failed lookups (Node caches only successful stats).
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'protojs-require-later-'));
const file = path.join(dir, 'later.js');
try {
  try {
    require(file);
  } catch (e) {
    console.log('before:', e.code);
  }
  fs.writeFileSync(file, 'module.exports = "found";');
  console.log('after:', require(file));
  try {
    require(path.join(dir, 'pkg'));
  } catch (e) {
    console.log('package before:', e.code);
  }
  fs.mkdirSync(path.join(dir, 'pkg'));
  fs.writeFileSync(path.join(dir, 'pkg', 'index.js'), 'module.exports = "pkg";');
  console.log('package after:', require(path.join(dir, 'pkg')));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
