// randomUUID: RFC 4122 version 4 format, uniqueness across a batch refill, options.
const crypto = require('crypto');
function t(label, f) {
  try { const r = f(); console.log(label, 'ok', typeof r); } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const all = new Set();
let formatOk = true;
for (let i = 0; i < 300; i++) {
  const u = crypto.randomUUID();
  if (!re.test(u)) formatOk = false;
  all.add(u);
}
console.log('format', formatOk, 'unique', all.size);
const u = crypto.randomUUID({ disableEntropyCache: true });
console.log('uncached', re.test(u), u.length);
console.log('global', re.test(globalThis.crypto.randomUUID()));
t('number', () => crypto.randomUUID(1));
t('null', () => crypto.randomUUID(null));
t('array', () => crypto.randomUUID([]));
t('bad option', () => crypto.randomUUID({ disableEntropyCache: 1 }));
t('empty', () => crypto.randomUUID({}));
