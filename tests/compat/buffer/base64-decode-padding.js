'use strict';
// Padding is optional; decoding stops at the first '='.
const cases = ['', 'Q', 'QQ', 'QQ=', 'QQ==', 'QUI', 'QUI=', 'QUJD', 'QUJDRA', 'QUJDRA=', 'QUJDRA==', 'QQ==QQ==',
  'QU=JD', '=QUJD', '==', 'QUJD=', 'QUJDREVGR0hJ=KLM', 'QQ===', 'Q===', 'QUJ=RA=='];
for (const s of cases) {
  const b = Buffer.from(s, 'base64');
  console.log(JSON.stringify(s), b.toString('hex'), Buffer.byteLength(s, 'base64'));
}
