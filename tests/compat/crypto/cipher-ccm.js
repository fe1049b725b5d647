// AES-CCM: plaintextLength with AAD, message length limits by IV size, tag checks
// deferred to final(), and OpenSSL's own complaints.
const c = require('crypto');
function t(label, f) { try { const r = f(); console.log(label, 'ok', Buffer.isBuffer(r) ? r.toString('hex') : JSON.stringify(r)); } catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message), Object.keys(e).join(',')); } }
const k = Buffer.alloc(16, 1), n = Buffer.alloc(12, 2), n13 = Buffer.alloc(13, 3);
let ct, tag;
t('encrypt', () => {
  const x = c.createCipheriv('aes-128-ccm', k, n, { authTagLength: 16 });
  x.setAAD(Buffer.from('aad'), { plaintextLength: 9 });
  ct = Buffer.concat([x.update('plaintext'), x.final()]);
  tag = x.getAuthTag();
  return ct.toString('hex') + ' ' + tag.toString('hex');
});
t('decrypt', () => {
  const y = c.createDecipheriv('aes-128-ccm', k, n, { authTagLength: 16 });
  y.setAuthTag(tag);
  y.setAAD(Buffer.from('aad'), { plaintextLength: ct.length });
  return Buffer.concat([y.update(ct), y.final()]).toString();
});
t('decrypt bad tag', () => {
  const y = c.createDecipheriv('aes-128-ccm', k, n, { authTagLength: 16 });
  y.setAuthTag(Buffer.alloc(16));
  y.setAAD(Buffer.from('aad'), { plaintextLength: ct.length });
  const out = y.update(ct);
  return [out.length, y.final()];
});
t('no aad encrypt', () => { const x = c.createCipheriv('aes-128-ccm', k, n13, { authTagLength: 8 }); const e = Buffer.concat([x.update('abc'), x.final()]); return e.toString('hex') + ' ' + x.getAuthTag().toString('hex'); });
t('aad without length', () => c.createCipheriv('aes-128-ccm', k, n, { authTagLength: 16 }).setAAD(Buffer.from('a')));
t('message too long', () => c.createCipheriv('aes-128-ccm', k, n13, { authTagLength: 16 }).update(Buffer.alloc(70000)));
t('aad length too long', () => c.createCipheriv('aes-128-ccm', k, n13, { authTagLength: 16 }).setAAD(Buffer.from('a'), { plaintextLength: 70000 }));
t('iv 6', () => c.createCipheriv('aes-128-ccm', k, Buffer.alloc(6), { authTagLength: 16 }));
t('iv 14', () => c.createCipheriv('aes-128-ccm', k, Buffer.alloc(14), { authTagLength: 16 }));
t('tag 5', () => c.createCipheriv('aes-128-ccm', k, n, { authTagLength: 5 }));
t('tag 4', () => c.createCipheriv('aes-128-ccm', k, n, { authTagLength: 4 }).final());
t('no tag len', () => c.createCipheriv('aes-128-ccm', k, n));
t('decrypt no tag', () => { const y = c.createDecipheriv('aes-128-ccm', k, n, { authTagLength: 16 }); y.update(ct); return y.final(); });
t('settag wrong len', () => c.createDecipheriv('aes-128-ccm', k, n, { authTagLength: 16 }).setAuthTag(Buffer.alloc(8)));
t('twice update', () => { const x = c.createCipheriv('aes-128-ccm', k, n, { authTagLength: 16 }); x.update('a'); return x.update('b'); });
t('ccm 256', () => { const x = c.createCipheriv('aes-256-ccm', Buffer.alloc(32), n, { authTagLength: 12 }); x.setAAD(Buffer.alloc(0), { plaintextLength: 0 }); x.final(); return x.getAuthTag(); });
