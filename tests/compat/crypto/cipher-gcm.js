// AES-GCM and chacha20-poly1305: tags, AAD, tag lengths, authentication failure.
const crypto = require('crypto');
const hex = (s) => Buffer.from(s, 'hex');
const key = hex('feffe9928665731c6d6a8f9467308308');
const iv = hex('cafebabefacedbaddecaf888');
const pt = hex('d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39');
const aad = hex('feedfacedeadbeeffeedfacedeadbeefabaddad2');
function t(label, f) {
  try { const r = f(); console.log(label, 'ok', Buffer.isBuffer(r) ? r.toString('hex') : r); } catch (e) {
    console.log(label, e.name, e.code, e.message, Object.keys(e).join(','));
  }
}
const c = crypto.createCipheriv('aes-128-gcm', key, iv);
c.setAAD(aad);
const ct = Buffer.concat([c.update(pt), c.final()]);
const tag = c.getAuthTag();
console.log('gcm', ct.toString('hex'), tag.toString('hex'));
const d = crypto.createDecipheriv('aes-128-gcm', key, iv);
d.setAAD(aad);
d.setAuthTag(tag);
console.log('decrypt', Buffer.concat([d.update(ct), d.final()]).equals(pt));
t('tampered', () => {
  const x = crypto.createDecipheriv('aes-128-gcm', key, iv);
  x.setAAD(aad);
  x.setAuthTag(tag);
  const bad = Buffer.from(ct);
  bad[0] ^= 1;
  x.update(bad);
  return x.final();
});
t('wrong aad', () => {
  const x = crypto.createDecipheriv('aes-128-gcm', key, iv);
  x.setAAD(Buffer.from('other'));
  x.setAuthTag(tag);
  x.update(ct);
  return x.final();
});
t('no tag', () => { const x = crypto.createDecipheriv('aes-128-gcm', key, iv); x.update(ct); return x.final(); });
t('tag 4', () => {
  const x = crypto.createCipheriv('aes-128-gcm', key, iv, { authTagLength: 4 });
  x.update('data');
  x.final();
  return x.getAuthTag();
});
t('tag 8 decrypt', () => {
  const x = crypto.createCipheriv('aes-256-gcm', Buffer.alloc(32, 1), Buffer.alloc(16, 2), { authTagLength: 8 });
  const e = Buffer.concat([x.update('long iv'), x.final()]);
  const y = crypto.createDecipheriv('aes-256-gcm', Buffer.alloc(32, 1), Buffer.alloc(16, 2), { authTagLength: 8 });
  y.setAuthTag(x.getAuthTag());
  return Buffer.concat([y.update(e), y.final()]).toString();
});
t('tag mismatch length', () => crypto.createDecipheriv('aes-128-gcm', key, iv, { authTagLength: 8 }).setAuthTag(Buffer.alloc(16)));
t('tag 3', () => crypto.createDecipheriv('aes-128-gcm', key, iv).setAuthTag(Buffer.alloc(3)));
t('tag twice', () => crypto.createDecipheriv('aes-128-gcm', key, iv).setAuthTag(Buffer.alloc(16)).setAuthTag(Buffer.alloc(16)));
t('tag hex string', () => crypto.createDecipheriv('aes-128-gcm', key, iv).setAuthTag(tag.toString('hex'), 'hex') instanceof crypto.Decipheriv);
t('tag number', () => crypto.createDecipheriv('aes-128-gcm', key, iv).setAuthTag(1));
t('getAuthTag early', () => crypto.createCipheriv('aes-128-gcm', key, iv).getAuthTag());
t('aad late', () => { const x = crypto.createCipheriv('aes-128-gcm', key, iv); x.update('a'); x.setAAD(aad); });
t('aad string', () => { const x = crypto.createCipheriv('aes-128-gcm', key, iv); x.setAAD('feed', { encoding: 'hex' }); x.final(); return x.getAuthTag(); });
t('aad bad option', () => crypto.createCipheriv('aes-128-gcm', key, iv).setAAD(aad, { plaintextLength: 1.5 }));
t('authTagLength 17', () => crypto.createCipheriv('aes-128-gcm', key, iv, { authTagLength: 17 }));
t('authTagLength str', () => crypto.createCipheriv('aes-128-gcm', key, iv, { authTagLength: '16' }));
t('empty gcm', () => { const x = crypto.createCipheriv('aes-256-gcm', Buffer.alloc(32), Buffer.alloc(12)); x.final(); return x.getAuthTag(); });
const k32 = Buffer.alloc(32, 7), n12 = Buffer.alloc(12, 9);
const cc = crypto.createCipheriv('chacha20-poly1305', k32, n12);
cc.setAAD(Buffer.from('header'));
const cct = Buffer.concat([cc.update('poly1305 protected'), cc.final()]);
const ctag = cc.getAuthTag();
console.log('chacha20-poly1305', cct.toString('hex'), ctag.toString('hex'));
const cd = crypto.createDecipheriv('chacha20-poly1305', k32, n12);
cd.setAAD(Buffer.from('header'));
cd.setAuthTag(ctag);
console.log('chacha decrypt', Buffer.concat([cd.update(cct), cd.final()]).toString());
t('chacha no tag', () => { const x = crypto.createDecipheriv('chacha20-poly1305', k32, n12); x.update(cct); return x.final(); });
t('chacha iv 13', () => crypto.createCipheriv('chacha20-poly1305', k32, Buffer.alloc(13)));
t('chacha tag 8', () => crypto.createDecipheriv('chacha20-poly1305', k32, n12).setAuthTag(Buffer.alloc(8)));
t('ocb no length', () => crypto.createCipheriv('aes-128-ocb', key, iv));
