'use strict';
// Buffer#toString and Buffer#subarray answer common calls natively and defer the
// rest to JS: both paths must agree for every bound and encoding spelling. A
// Number object or an upper-case encoding name forces the general path.
const { test } = require('node:test');
const assert = require('assert');

const buf = Buffer.from('h\u00e9llo \u20ac w\u{1f600}rld, 0123456789');
const bounds = [undefined, 0, 1, 2, 5, 9, buf.length - 1, buf.length, buf.length + 3, -1, -4, -100];

test('toString agrees between the fast and general paths', () => {
  const encs = [['utf8', 'UTF8'], ['hex', 'HEX'], ['base64', 'Base64'], ['base64url', 'BASE64URL'],
    ['latin1', 'LATIN1'], ['ascii', 'ASCII'], ['ucs2', 'UCS2'], ['utf16le', 'UTF16LE']];
  for (const [fast, slow] of encs) {
    for (const s of bounds) {
      for (const e of bounds) {
        const boxed = (v) => (v === undefined ? v : new Number(v));
        assert.strictEqual(buf.toString(fast, s, e), buf.toString(slow, boxed(s), boxed(e)), `${fast} ${s} ${e}`);
      }
    }
  }
  assert.strictEqual(buf.toString(), buf.toString('UTF-8'));
});

test('subarray and slice agree between the fast and general paths', () => {
  for (const s of bounds) {
    for (const e of bounds) {
      const boxed = (v) => (v === undefined ? v : new Number(v));
      const a = buf.subarray(s, e);
      const b = buf.subarray(boxed(s), boxed(e));
      assert.ok(Buffer.isBuffer(a) && Buffer.isBuffer(b));
      assert.strictEqual(a.byteOffset, b.byteOffset, `${s} ${e}`);
      assert.strictEqual(a.length, b.length, `${s} ${e}`);
      assert.ok(a.equals(buf.slice(s, e)));
    }
  }
});

test('views share memory with their parent', () => {
  const parent = Buffer.from('abcdef');
  const view = parent.subarray(2, 4);
  view[0] = 0x58;
  assert.strictEqual(parent.toString(), 'abXdef');
  assert.strictEqual(view.buffer, parent.buffer);
  assert.strictEqual(parent.slice(-2).toString(), 'ef');
});
