// Errors Node throws from C++ are plain errors with a `code` property (their
// toString has no [CODE]); those thrown from JS are Node errors with [CODE].
const c = require('crypto');
const cases = {
  hmacDigest: () => c.createHmac('foo', 'k'),
  timingLength: () => c.timingSafeEqual(Buffer.alloc(1), Buffer.alloc(2)),
  timingType: () => c.timingSafeEqual(1, Buffer.alloc(2)),
  scryptParams: () => c.scryptSync('a', 'b', 1, { N: 3 }),
  hkdfLength: () => c.hkdfSync('sha1', 'k', '', '', 1e6),
  hkdfDigest: () => c.hkdfSync('foo', 'k', '', '', 1),
  pbkdf2Digest: () => c.pbkdf2Sync('a', 'b', 1, 1, 'foo'),
  hashDigest: () => c.createHash('foo'),
  hashXof: () => c.createHash('sha1', { outputLength: 3 }),
  jsError: () => c.createHash('sha1').update(1),
  finalized: () => { const h = c.createHash('sha1'); h.digest(); h.digest(); },
};
for (const [name, f] of Object.entries(cases)) {
  try { f(); } catch (e) {
    const own = Object.getPrototypeOf(e) === TypeError.prototype || Object.getPrototypeOf(e) === RangeError.prototype ||
      Object.getPrototypeOf(e) === Error.prototype;
    console.log(name, '|', String(e), '|', e.code, '|', own, '|', e.constructor.name, '|', Object.keys(e).join(','));
  }
}
