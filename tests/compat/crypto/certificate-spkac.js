// crypto.Certificate: verifySpkac, exportPublicKey and exportChallenge of a fixed
// SPKAC (openssl spkac), as static functions and legacy instance methods; invalid
// and tampered input.
const c = require('crypto');
const { read, t } = require('./fixtures/keytest');

const spkac = read('spkac.txt', 'utf8').replace(/^SPKAC=/, '');
t('verify', () => c.Certificate.verifySpkac(Buffer.from(spkac)));
t('verify string', () => c.Certificate.verifySpkac(spkac));
t('verify trailing newline', () => c.Certificate.verifySpkac(`${spkac}\n`));
t('challenge', () => c.Certificate.exportChallenge(spkac).toString());
t('challenge hex input', () => c.Certificate.exportChallenge(Buffer.from(spkac).toString('hex'), 'hex').toString());
t('public key', () => c.Certificate.exportPublicKey(spkac).toString() === read('rsa-spki.pem', 'utf8'));
t('public key buffer', () => Buffer.isBuffer(c.Certificate.exportPublicKey(spkac)));
t('garbage verify', () => c.Certificate.verifySpkac(Buffer.from('garbage')));
t('garbage challenge', () => c.Certificate.exportChallenge('garbage'));
t('garbage public key', () => c.Certificate.exportPublicKey('garbage'));
t('empty', () => [c.Certificate.verifySpkac(''), c.Certificate.exportChallenge(Buffer.alloc(0))]);
t('tampered', () => c.Certificate.verifySpkac(spkac.slice(0, 100) + (spkac[100] === 'A' ? 'B' : 'A') + spkac.slice(101)));
t('with prefix', () => c.Certificate.verifySpkac(`SPKAC=${spkac}`));
t('number', () => c.Certificate.verifySpkac(5));
t('instance', () => { const x = new c.Certificate(); return [x.verifySpkac(Buffer.from(spkac)), x.exportChallenge(spkac).toString(), c.Certificate() instanceof c.Certificate]; });
console.log(Object.getOwnPropertyNames(c.Certificate), Object.getOwnPropertyNames(c.Certificate.prototype), c.Certificate.length);
