// generatePrime/generatePrimeSync and checkPrime/checkPrimeSync: sizes, bigint
// output, safe primes, add/rem, known primes and composites, callbacks (whose
// results are printed sorted, the pool finishing in any order), and the errors.
const c = require('crypto');
const { t } = require('./fixtures/keytest');

t('sync', () => { const p = c.generatePrimeSync(32); return [p instanceof ArrayBuffer, p.byteLength, c.checkPrimeSync(p)]; });
t('bigint', () => { const p = c.generatePrimeSync(64, { bigint: true }); return [typeof p, p < 2n ** 64n, p >= 2n ** 63n, c.checkPrimeSync(p)]; });
t('safe', () => { const p = c.generatePrimeSync(32, { safe: true, bigint: true }); return [c.checkPrimeSync(p), c.checkPrimeSync((p - 1n) / 2n)]; });
t('add rem', () => Number(c.generatePrimeSync(32, { add: 12n, rem: 11n, bigint: true }) % 12n));
t('add buffer', () => Number(c.generatePrimeSync(32, { add: Buffer.from([10]), rem: Buffer.from([3]), bigint: true }) % 10n));
t('size 2', () => new Uint8Array(c.generatePrimeSync(2))[0]);
t('known', () => [7n, 8n, 2n ** 127n - 1n, 2n ** 127n + 1n, 0n, 1n, 2n, 561n].map((n) => c.checkPrimeSync(n)));
t('views', () => [c.checkPrimeSync(Buffer.from([13])), c.checkPrimeSync(new Uint8Array([0, 0, 1]).buffer), c.checkPrimeSync(new DataView(new Uint8Array([0, 17]).buffer)), c.checkPrimeSync(Buffer.alloc(0))]);
t('checks', () => c.checkPrimeSync(7n, { checks: 5 }));
t('add too big', () => c.generatePrimeSync(8, { add: 1000n }));
t('rem not below add', () => c.generatePrimeSync(32, { add: 12n, rem: 13n }));
t('size 0', () => c.generatePrimeSync(0));
t('size 1', () => c.generatePrimeSync(1));
t('size string', () => c.generatePrimeSync('8'));
t('options string', () => c.generatePrimeSync(8, 'x'));
t('safe number', () => c.generatePrimeSync(8, { safe: 1 }));
t('add string', () => c.generatePrimeSync(8, { add: '1' }));
t('add negative', () => c.generatePrimeSync(8, { add: -1n }));
t('candidate negative', () => c.checkPrimeSync(-7n));
t('candidate string', () => c.checkPrimeSync('7'));
t('checks negative', () => c.checkPrimeSync(7n, { checks: -1 }));
t('generate no callback', () => c.generatePrime(16));
t('check no callback', () => c.checkPrime(16n));
console.log(c.generatePrime.length, c.generatePrimeSync.length, c.checkPrime.length, c.checkPrimeSync.length);
const lines = [];
c.generatePrime(16, (e, p) => lines.push(`generate ${e} ${p.byteLength} ${c.checkPrimeSync(p)}`));
c.generatePrime(16, { bigint: true }, (e, p) => lines.push(`generate bigint ${e} ${typeof p}`));
c.checkPrime(17n, (e, r) => lines.push(`check 17 ${e} ${r}`));
c.checkPrime(Buffer.from([15]), { checks: 2 }, (e, r) => lines.push(`check 15 ${e} ${r}`));
c.generatePrime(1, (e, p) => lines.push(`generate 1 ${e instanceof Error} ${e.message} ${Object.keys(e)} ${p}`));
process.on('exit', () => console.log(lines.sort().join('\n')));
