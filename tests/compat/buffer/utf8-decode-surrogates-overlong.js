'use strict';
// Encoded surrogates (ED A0..BF xx) and overlong forms are ill-formed: each maximal
// subpart turns into one U+FFFD.
const cases = [
  'eda080', 'edbfbf', 'ed9fbf', 'eda080edb080', 'c0af', 'c180', 'e08080', 'e09fbf', 'e0a080',
  'f0808080', 'f08fbfbf', 'f0908080', 'f48fbfbf', 'f4908080', 'f5808080', 'f8888080', 'fc8080808080',
  'efbfbd', 'efbfbe', 'eda0', 'e0', 'e080', 'f09f', 'f09f98', 'f09f9841', 'c2', 'c241', 'e282ac80',
];
for (const hex of cases) {
  const s = Buffer.from(hex, 'hex').toString('utf8');
  console.log(hex, s.length, [...s].map((c) => c.codePointAt(0).toString(16)).join(','));
}
