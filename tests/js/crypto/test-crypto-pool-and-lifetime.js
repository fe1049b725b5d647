'use strict';
// The thread-pool half of node:crypto: many jobs in flight at once agree with the
// sync forms, a buffer being filled stays alive while its job runs, and hashes
// dropped half-way are collected (the sanitizer build checks the frees).
const { test } = require('node:test');
const assert = require('assert');
const crypto = require('crypto');

test('parallel pbkdf2/scrypt/hkdf match their sync results', async () => {
  const jobs = [];
  for (let i = 0; i < 24; i++) {
    const pw = `password ${i}`;
    jobs.push(new Promise((resolve, reject) => {
      crypto.pbkdf2(pw, 'salt', 100 + i, 32, 'sha256', (err, key) => {
        if (err) return reject(err);
        assert.deepStrictEqual(key, crypto.pbkdf2Sync(pw, 'salt', 100 + i, 32, 'sha256'));
        resolve();
      });
    }));
    jobs.push(new Promise((resolve, reject) => {
      crypto.scrypt(pw, 'salt', 16, { N: 64 }, (err, key) => {
        if (err) return reject(err);
        assert.deepStrictEqual(key, crypto.scryptSync(pw, 'salt', 16, { N: 64 }));
        resolve();
      });
    }));
    jobs.push(new Promise((resolve, reject) => {
      crypto.hkdf('sha512', pw, 'salt', 'info', 100, (err, bits) => {
        if (err) return reject(err);
        assert.deepStrictEqual(Buffer.from(bits), Buffer.from(crypto.hkdfSync('sha512', pw, 'salt', 'info', 100)));
        resolve();
      });
    }));
  }
  await Promise.all(jobs);
});

test('randomFill keeps its target alive until the callback', async () => {
  const done = [];
  for (let i = 0; i < 32; i++) {
    done.push(new Promise((resolve) => {
      // Nothing else references the buffer: only the pending job does.
      crypto.randomFill(new Uint8Array(4096), 1024, 2048, (err, buf) => {
        assert.ifError(err);
        assert.strictEqual(buf.length, 4096);
        assert.ok(buf.subarray(0, 1024).every((x) => x === 0));
        assert.ok(buf.subarray(3072).every((x) => x === 0));
        resolve();
      });
    }));
  }
  if (typeof gc === 'function') gc();
  await Promise.all(done);
});

test('randomBytes callbacks and randomInt callbacks all arrive', async () => {
  const sizes = [1, 7, 64, 1000, 70000];
  const bufs = await Promise.all(sizes.map((n) => new Promise((resolve, reject) => {
    crypto.randomBytes(n, (err, b) => (err ? reject(err) : resolve(b)));
  })));
  assert.deepStrictEqual(bufs.map((b) => b.length), sizes);
  const ints = await Promise.all(Array.from({ length: 3000 }, () => new Promise((resolve) => {
    crypto.randomInt(-3, 3, (err, n) => { assert.ifError(err); resolve(n); });
  })));
  assert.ok(ints.every((n) => Number.isInteger(n) && n >= -3 && n < 3));
});

test('unfinished hashes, hmacs and ciphers are collected', () => {
  for (let i = 0; i < 500; i++) {
    crypto.createHash('sha512').update('x'.repeat(i));
    crypto.createHmac('sha256', 'k').update('y');
    crypto.createCipheriv('aes-256-gcm', Buffer.alloc(32), Buffer.alloc(12)).update('z');
    const s = crypto.createHash('md5');
    s.write('half written');
  }
  if (typeof gc === 'function') gc();
  assert.strictEqual(crypto.createHash('md5').update('a').digest('hex'), '0cc175b9c0f1b6a831c399e269772661');
});
