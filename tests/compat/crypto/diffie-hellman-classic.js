// Finite-field Diffie-Hellman: getDiffieHellman groups, createDiffieHellman from a
// prime (and generator, in encodings), agreement, fixed keys, verifyError, and the
// errors of bad generators, keys and groups.
const c = require('crypto');
const { t } = require('./fixtures/keytest');

const g = c.getDiffieHellman('modp14');
console.log(g.verifyError, g.getPrime().length, g.getPrime('hex').slice(0, 32), g.getGenerator('hex'), Object.keys(g));
t('public before', () => g.getPublicKey());
t('private before', () => g.getPrivateKey());
t('generate', () => g.generateKeys().length);
const h = c.getDiffieHellman('modp14');
h.generateKeys();
t('agree', () => g.computeSecret(h.getPublicKey()).equals(h.computeSecret(g.getPublicKey('hex'), 'hex')));
t('secret hex', () => g.computeSecret(h.getPublicKey(), null, 'hex').length);
t('key too small', () => g.computeSecret(Buffer.from([1])));
t('key zero', () => g.computeSecret(Buffer.alloc(256)));
t('key p-1', () => { const p = g.getPrime(); p[p.length - 1] -= 1; return g.computeSecret(p); });
for (const name of ['modp1', 'modp2', 'modp5', 'modp15', 'modp16']) {
  t(name, () => { const d = c.getDiffieHellman(name); return [d.getPrime().length, d.getGenerator('hex'), d.verifyError]; });
}
t('createDiffieHellmanGroup', () => c.createDiffieHellmanGroup('modp2').getPrime('base64').slice(0, 20));
t('unknown group', () => c.getDiffieHellman('modp3'));
t('group number', () => c.getDiffieHellman(5));
t('group setters', () => [typeof g.setPublicKey, typeof g.setPrivateKey]);
t('prime', () => { const d = c.createDiffieHellman(g.getPrime(), 2); return [d.verifyError, d.getGenerator('hex')]; });
t('prime hex', () => { const d = c.createDiffieHellman(g.getPrime('hex'), 'hex'); return [d.verifyError, d.getGenerator('hex')]; });
t('generator buffer', () => c.createDiffieHellman(g.getPrime(), Buffer.from([5])).getGenerator('hex'));
t('generator hex', () => c.createDiffieHellman(g.getPrime('hex'), 'hex', '05', 'hex').getGenerator('hex'));
t('generator 0 is 2', () => c.createDiffieHellman(g.getPrime(), 0).getGenerator('hex'));
t('generator 1', () => c.createDiffieHellman(g.getPrime(), 1));
t('generator -1', () => c.createDiffieHellman(g.getPrime(), -1));
t('generator buffer 1', () => c.createDiffieHellman(g.getPrime(), Buffer.from([1])));
t('small prime', () => c.createDiffieHellman(Buffer.from([23]), 5).verifyError);
t('composite', () => c.createDiffieHellman(Buffer.from([24]), 5).verifyError);
t('small prime keys', () => c.createDiffieHellman(Buffer.from([23]), 5).generateKeys());
t('length too small', () => c.createDiffieHellman(256));
t('length float', () => c.createDiffieHellman(256.5));
t('bad prime type', () => c.createDiffieHellman({}));
t('bad generator type', () => c.createDiffieHellman(g.getPrime(), {}));
t('fixed keys', () => {
  const a = c.createDiffieHellman(g.getPrime());
  a.setPrivateKey(Buffer.from('0102030405060708', 'hex'));
  a.setPublicKey(Buffer.from([9]));
  return [a.getPrivateKey('hex'), a.getPublicKey('hex')];
});
t('fixed secret', () => {
  const a = c.createDiffieHellman(g.getPrime());
  const b = c.createDiffieHellman(g.getPrime());
  a.setPrivateKey(Buffer.alloc(32, 3));
  b.setPrivateKey(Buffer.alloc(32, 5));
  const pa = a.generateKeys();
  const pb = b.generateKeys();
  return [pa.toString('hex').slice(0, 32), a.computeSecret(pb).toString('hex').slice(0, 32), b.computeSecret(pa).equals(a.computeSecret(pb))];
});
console.log(c.createDiffieHellman.length, c.getDiffieHellman.length, c.DiffieHellman.length,
  Object.getOwnPropertyNames(c.DiffieHellman.prototype), Object.getOwnPropertyNames(c.DiffieHellmanGroup.prototype));
console.log(c.DiffieHellman(g.getPrime()) instanceof c.DiffieHellman, c.DiffieHellmanGroup('modp1') instanceof c.DiffieHellmanGroup);
