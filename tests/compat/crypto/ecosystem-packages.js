// npm packages (installed by scripts/bootstrap.sh into .deps/ecosystem as express and
// koa dependencies) that use node:crypto: etag, cookie-signature, keygrip, tsscmp
// (which still calls the deprecated crypto.pseudoRandomBytes).
const path = require('path');
const { createRequire } = require('module');
const req = createRequire(path.join(__dirname, '..', '..', '..', '.deps', 'ecosystem', 'index.js'));
const etag = req('etag');
console.log(etag('hello world'), etag(Buffer.from('x'.repeat(5000))), etag('', { weak: true }));
const sig = req('cookie-signature');
const s = sig.sign('hello', 'tobiiscool');
console.log(s, sig.unsign(s, 'tobiiscool'), sig.unsign(s, 'wrong'));
const Keygrip = req('keygrip');
const kg = new Keygrip(['k1', 'k2'], 'sha256');
const sg = kg.sign('data');
console.log(sg, kg.verify('data', sg), kg.index('data', new Keygrip(['k2']).sign('data')));
const tsscmp = req('tsscmp');
console.log(tsscmp('abc', 'abc'), tsscmp('abc', 'abd'));
