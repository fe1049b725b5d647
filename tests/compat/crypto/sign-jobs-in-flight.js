// Many signature, verification and key generation jobs in flight at once, their keys
// and data dropped by JS (and collected) before the jobs finish: every callback
// runs once with the right result (a regression test for job lifetimes; run under
// AddressSanitizer by the sanitizer build).
const c = require('crypto');
const { read } = require('./fixtures/keytest');

const data = Buffer.from('in flight');
const pubPem = read('ec-P-256-spki.pem');
const results = { sign: 0, verify: 0, keygen: 0, bad: 0 };
for (let i = 0; i < 40; i++) {
  c.sign('sha256', Buffer.from(data), c.createPrivateKey(read('ec-P-256-pkcs8.pem')), (err, sig) => {
    if (err) throw err;
    results.sign++;
    c.verify('sha256', data, c.createPublicKey(pubPem), sig, (err2, ok) => {
      if (err2 || !ok) results.bad++;
      else results.verify++;
    });
  });
}
for (let i = 0; i < 8; i++) {
  c.generateKeyPair(i % 2 ? 'ed25519' : 'x25519', (err, pub, priv) => {
    if (err || pub.type !== 'public' || priv.type !== 'private') results.bad++;
    else results.keygen++;
  });
}
if (globalThis.gc) globalThis.gc();
process.on('exit', () => console.log(results));
