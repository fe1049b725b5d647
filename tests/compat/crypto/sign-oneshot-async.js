// crypto.sign/verify with a callback: the work runs on the thread pool, the callback
// later (after synchronous code), with (null, result) or an error carrying only its
// message, as Node's jobs report it.
const c = require('crypto');
const { inspect } = require('util');

const lines = [];
const out = (...args) => lines.push(args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' '));
const { read } = require('./fixtures/keytest');

const rsa = read('rsa-pkcs8.pem');
const pub = read('rsa-spki.pem');
const data = Buffer.from('async data');
const expected = c.sign('sha256', data, rsa);
let done = 0;
c.sign('sha256', data, rsa, function (err, sig) {
  out('sign', err, sig.equals(expected), typeof this);
  c.verify('sha256', data, pub, sig, (err2, ok) => {
    out('verify', err2, ok);
    done++;
  });
});
c.verify('sha256', data, pub, Buffer.alloc(256), (err, ok) => { out('verify bad', err, ok); done++; });
c.sign(null, data, read('ed25519.pem'), (err, sig) => { out('ed25519', err, sig.length); done++; });
c.sign('sha256', data, read('x25519.pem'), (err, sig) => {
  out('x25519', err instanceof Error, err.message, err.code, Object.keys(err), sig);
  done++;
});
c.sign('sha256', data, { key: read('ec-P-256-pkcs8.pem'), dsaEncoding: 'ieee-p1363' }, (err, sig) => {
  out('ecdsa', err, sig.length);
  c.verify('sha256', data, { key: read('ec-P-256-spki.pem'), dsaEncoding: 'ieee-p1363' }, sig, (e, ok) => { out('ecdsa verify', e, ok); done++; });
});
try { c.sign('nope', data, rsa, () => {}); } catch (e) { console.log('sync throw', e.code, e.message); }
try { c.sign('sha256', data, 'garbage', () => {}); } catch (e) { console.log('sync throw', e.code); }
try { c.sign('sha256', data, rsa, 'cb'); } catch (e) { console.log('sync throw', e.code); }
console.log('sync end');
// Thread pool jobs finish in any order: their results are printed sorted at exit.
process.on('exit', () => { for (const line of lines.sort()) console.log(line); console.log('done', done); });
