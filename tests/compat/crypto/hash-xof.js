// shake128/shake256 default and custom output lengths.
const crypto = require('crypto');
for (const alg of ['shake128', 'shake256']) {
  console.log(alg, crypto.createHash(alg).digest('hex'));
  for (const n of [0, 1, 5, 32, 100]) {
    console.log(alg, n, crypto.createHash(alg, { outputLength: n }).update('The quick brown fox').digest('hex'));
  }
}
