// X509Certificate checks: checkHost (wildcards, subject options), checkIP,
// checkEmail, checkIssued, checkPrivateKey, verify, and their argument errors.
const c = require('crypto');
const { read, t } = require('./fixtures/keytest');

const x = new c.X509Certificate(read('cert.pem'));
for (const host of ['example.com', 'EXAMPLE.COM', 'a.example.org', 'b.a.example.org', 'example.org', 'foo.com', '']) {
  t(`host ${host}`, () => x.checkHost(host));
}
t('host no wildcards', () => x.checkHost('a.example.org', { wildcards: false }));
t('host subject always', () => x.checkHost('example.com', { subject: 'always' }));
t('host subject never', () => x.checkHost('example.com', { subject: 'never' }));
t('host multi label', () => x.checkHost('b.a.example.org', { multiLabelWildcards: true }));
t('host bad subject', () => x.checkHost('example.com', { subject: 'x' }));
t('host bad option', () => x.checkHost('example.com', { wildcards: 1 }));
t('host options string', () => x.checkHost('example.com', 'x'));
t('host number', () => x.checkHost(5));
t('ip', () => [x.checkIP('127.0.0.1'), x.checkIP('127.0.0.2'), x.checkIP('::1')]);
t('ip invalid', () => x.checkIP('nope'));
t('ip number', () => x.checkIP(1));
t('email', () => x.checkEmail('a@example.com'));
t('email always', () => x.checkEmail('a@example.com', { subject: 'always' }));
t('issued self', () => x.checkIssued(x));
t('issued other', () => x.checkIssued(new c.X509Certificate(read('cert.pem'))));
t('issued string', () => x.checkIssued('x'));
t('private key', () => x.checkPrivateKey(c.createPrivateKey(read('rsa-pkcs8.pem'))));
t('other private key', () => x.checkPrivateKey(c.createPrivateKey(read('ec-P-256-pkcs8.pem'))));
t('private key public', () => x.checkPrivateKey(c.createPublicKey(read('rsa-spki.pem'))));
t('private key pem', () => x.checkPrivateKey(read('rsa-pkcs8.pem')));
t('verify', () => x.verify(c.createPublicKey(read('rsa-spki.pem'))));
t('verify own key', () => x.verify(x.publicKey));
t('verify other', () => x.verify(c.createPublicKey(read('ec-P-256-spki.pem'))));
t('verify private', () => x.verify(c.createPrivateKey(read('rsa-pkcs8.pem'))));
t('verify string', () => x.verify('x'));
