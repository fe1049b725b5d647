// getCipherInfo: names (OpenSSL's short names, lower-cased), nids, modes, lengths and
// the keyLength/ivLength checks.
const c = require('crypto');
function t(label, f) { try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.name, e.code, e.message); } }
for (const n of ['aes-128-cbc', 'AES-256-GCM', 'aes-128-ccm', 'aes-128-ocb', 'chacha20-poly1305', 'chacha20', 'aes-128-ecb', 'aes-256-xts', 'id-aes128-wrap', 'aes-128-ctr', 'aes-128-cfb', 'aes-128-ofb', 'des-ede3-cbc', 'bf-cbc', 'rc4', 'foo', 'aes128', 'camellia-128-cbc', 'sm4-cbc', 'aria-128-gcm']) t(n, () => c.getCipherInfo(n));
t('nid 419', () => c.getCipherInfo(419));
t('nid -1', () => c.getCipherInfo(-1));
t('nid 1.5', () => c.getCipherInfo(1.5));
t('bad type', () => c.getCipherInfo({}));
t('bad options', () => c.getCipherInfo('aes-128-cbc', 1));
t('keyLength 16', () => c.getCipherInfo('aes-128-cbc', { keyLength: 16 }));
t('keyLength 15', () => c.getCipherInfo('aes-128-cbc', { keyLength: 15 }));
t('keyLength str', () => c.getCipherInfo('aes-128-cbc', { keyLength: '16' }));
t('bf keyLength 7', () => c.getCipherInfo('bf-cbc', { keyLength: 7 }));
t('rc4 keyLength 5', () => c.getCipherInfo('rc4', { keyLength: 5 }));
t('ivLength 16', () => c.getCipherInfo('aes-128-cbc', { ivLength: 16 }));
t('ivLength 12', () => c.getCipherInfo('aes-128-cbc', { ivLength: 12 }));
t('gcm ivLength 16', () => c.getCipherInfo('aes-128-gcm', { ivLength: 16 }));
t('gcm ivLength 0', () => c.getCipherInfo('aes-128-gcm', { ivLength: 0 }));
t('ccm ivLength 7', () => c.getCipherInfo('aes-128-ccm', { ivLength: 7 }));
t('ccm ivLength 14', () => c.getCipherInfo('aes-128-ccm', { ivLength: 14 }));
t('ocb ivLength 15', () => c.getCipherInfo('aes-128-ocb', { ivLength: 15 }));
t('ocb ivLength 16', () => c.getCipherInfo('aes-128-ocb', { ivLength: 16 }));
t('ecb ivLength 0', () => c.getCipherInfo('aes-128-ecb', { ivLength: 0 }));
t('both', () => c.getCipherInfo('aes-128-gcm', { keyLength: 16, ivLength: 8 }));
console.log(c.getCipherInfo.name, c.getCipherInfo.length);
