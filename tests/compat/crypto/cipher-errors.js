// createCipheriv/createDecipheriv validation and state errors.
const c = require('crypto');
function t(label, f) {
  try { const r = f(); console.log(label, 'ok', Buffer.isBuffer(r) ? 'Buffer ' + r.toString('hex') : JSON.stringify(r)); } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), Object.keys(e).join(','));
  }
}
const k16 = Buffer.alloc(16, 1), k32 = Buffer.alloc(32, 2), iv = Buffer.alloc(16, 3), iv12 = Buffer.alloc(12, 4);
t('unknown', () => c.createCipheriv('foo', k16, iv));
t('bad key length', () => c.createCipheriv('aes-128-cbc', k32, iv));
t('bad iv length', () => c.createCipheriv('aes-128-cbc', k16, iv12));
t('null iv cbc', () => c.createCipheriv('aes-128-cbc', k16, null));
t('null iv ecb', () => c.createCipheriv('aes-128-ecb', k16, null).final());
t('ecb with iv', () => c.createCipheriv('aes-128-ecb', k16, iv));
t('ecb empty iv', () => c.createCipheriv('aes-128-ecb', k16, Buffer.alloc(0)).final('hex'));
t('no iv', () => c.createCipheriv('aes-128-cbc', k16));
t('key number', () => c.createCipheriv('aes-128-cbc', 1, iv));
t('iv number', () => c.createCipheriv('aes-128-cbc', k16, 1));
t('cipher number', () => c.createCipheriv(1, k16, iv));
t('gcm empty iv', () => c.createCipheriv('aes-128-gcm', k16, Buffer.alloc(0)));
t('gcm iv 1', () => c.createCipheriv('aes-128-gcm', k16, Buffer.alloc(1)).final());
t('authTagLength -1', () => c.createCipheriv('aes-128-gcm', k16, iv12, { authTagLength: -1 }));
t('cbc authTagLength', () => c.createCipheriv('aes-128-cbc', k16, iv, { authTagLength: 4 }));
t('update after final', () => { const x = c.createCipheriv('aes-128-cbc', k16, iv); x.final(); x.update('a'); });
t('final twice', () => { const x = c.createCipheriv('aes-128-cbc', k16, iv); x.final(); x.final(); });
t('padding after final', () => { const x = c.createCipheriv('aes-128-cbc', k16, iv); x.final(); x.setAutoPadding(false); });
t('nopad partial', () => { const x = c.createCipheriv('aes-128-cbc', k16, iv); x.setAutoPadding(false); x.update('abc'); return x.final(); });
t('bad decrypt', () => { const x = c.createDecipheriv('aes-128-cbc', k16, iv); x.update(Buffer.alloc(16)); return x.final(); });
t('partial decrypt', () => { const x = c.createDecipheriv('aes-128-cbc', k16, iv); x.update(Buffer.alloc(5)); return x.final(); });
t('getAuthTag cbc', () => { const x = c.createCipheriv('aes-128-cbc', k16, iv); x.final(); return x.getAuthTag(); });
t('setAuthTag cbc', () => c.createDecipheriv('aes-128-cbc', k16, iv).setAuthTag(Buffer.alloc(16)));
t('setAAD cbc', () => c.createCipheriv('aes-128-cbc', k16, iv).setAAD(Buffer.from('x')));
t('update number', () => c.createCipheriv('aes-128-gcm', k16, iv12).update(1));
t('update odd hex', () => c.createCipheriv('aes-128-ctr', k16, iv).update('abc', 'hex'));
t('change output encoding', () => { const x = c.createCipheriv('aes-128-ctr', k16, iv); x.update('abc', 'utf8', 'hex'); x.update('abc', 'utf8', 'base64'); });
t('unknown output encoding', () => c.createCipheriv('aes-128-ctr', k16, iv).update('abc', 'utf8', 'bogus'));
t('unknown input encoding', () => c.createCipheriv('aes-128-ctr', k16, iv).update('abc', 'bogus', 'hex'));
t('setAutoPadding returns this', () => { const x = c.createCipheriv('aes-128-cbc', k16, iv); return x.setAutoPadding() === x; });
t('without new', () => c.Cipheriv('aes-128-cbc', k16, iv) instanceof c.Cipheriv);
t('decipher without new', () => c.Decipheriv('aes-128-cbc', k16, iv) instanceof c.Decipheriv);
t('methods', () => [typeof c.createDecipheriv('aes-128-gcm', k16, iv12).getAuthTag, typeof c.createCipheriv('aes-128-gcm', k16, iv12).setAuthTag]);
t('key encoding option', () => c.createCipheriv('aes-128-cbc', '0101010101010101', iv, { encoding: 'hex' }));
t('key encoding option ok', () => c.createCipheriv('aes-128-cbc', '01010101010101010101010101010101', iv, { encoding: 'hex' }).final('hex'));
t('ArrayBuffer key', () => c.createCipheriv('aes-128-cbc', new ArrayBuffer(16), new Uint8Array(16)).final('hex'));
t('json', () => c.createCipheriv('aes-128-cbc', k16, iv, { authTagLength: 4 }));
