'use strict';
// Reference cycles are garbage only a cycle collection frees. protoJS collects
// allocation-triggered cycles in the young objects only and leaves long-lived
// ("old") objects to a rarer full collection (QuickJS patch 13). These tests
// check both halves: garbage is freed (memory stays bounded while gigabytes of
// cyclic garbage are made), and nothing live is freed (values that only old
// objects reach survive many collections intact). Runs under Node too.
const test = require('node:test');
const assert = require('node:assert');

const MiB = 1024 * 1024;
const rss = () => process.memoryUsage().rss;

// Lets the allocation-triggered collections run between batches in Node as well.
const tick = () => new Promise((resolve) => setImmediate(resolve));

test('young cycles holding buffers are freed by automatic collection', async () => {
  const before = rss();
  for (let round = 0; round < 40; round++) {
    for (let i = 0; i < 1000; i++) {
      const a = { buf: Buffer.alloc(32 * 1024, i & 255) };
      const b = { a };
      a.b = b;  // a <-> b: freed only by a cycle collection
    }
    await tick();
  }
  // 1.25 GiB of cyclic garbage was made; far less may stay.
  const grown = (rss() - before) / MiB;
  assert.ok(grown < 700, `rss grew by ${grown.toFixed(0)} MiB`);
});

test('cycles that lived long enough to become old are freed too', async () => {
  const before = rss();
  let window = [];
  for (let round = 0; round < 40; round++) {
    // The window lives through many collections (promoted), then is dropped.
    for (let i = 0; i < 2000; i++) {
      const node = { buf: Buffer.alloc(16 * 1024, round & 255), round };
      node.self = node;
      window.push(node);
    }
    for (let churn = 0; churn < 3; churn++) {
      for (let i = 0; i < 300; i++) {
        const c = { pad: Buffer.alloc(16 * 1024) };
        c.c = c;
      }
      await tick();
    }
    for (const node of window) assert.strictEqual(node.buf[0], round & 255);
    window = [];
  }
  const grown = (rss() - before) / MiB;
  assert.ok(grown < 700, `rss grew by ${grown.toFixed(0)} MiB`);
});

test('objects reached only through old objects survive collections', async () => {
  const holder = { list: [], map: new Map(), weak: new WeakMap(), set: new Set() };
  const keys = [];
  let captured = null;
  const oldFn = () => captured;
  // Let the holder and its containers grow old.
  for (let churn = 0; churn < 5; churn++) {
    for (let i = 0; i < 2000; i++) {
      const g = { pad: Buffer.alloc(8 * 1024) };
      g.g = g;
    }
    await tick();
  }
  for (let i = 0; i < 500; i++) {
    const young = { v: i, text: `value ${i}` };
    young.self = young;  // in a cycle of its own, reachable only from old objects
    holder.list.push(young);
    holder.map.set(`k${i}`, { v: i, back: holder });
    const key = { k: i };
    keys.push(key);
    holder.weak.set(key, { v: i });
    holder.set.add({ v: i });
  }
  captured = { v: 'closure', self: null };
  captured.self = captured;
  for (let churn = 0; churn < 10; churn++) {
    for (let i = 0; i < 2000; i++) {
      const g = { pad: Buffer.alloc(8 * 1024) };
      g.g = g;
    }
    await tick();
  }
  holder.list.forEach((o, i) => {
    assert.strictEqual(o.v, i);
    assert.strictEqual(o.text, `value ${i}`);
    assert.strictEqual(o.self, o);
  });
  for (let i = 0; i < 500; i++) {
    assert.strictEqual(holder.map.get(`k${i}`).v, i);
    assert.strictEqual(holder.map.get(`k${i}`).back, holder);
    assert.strictEqual(holder.weak.get(keys[i]).v, i);
  }
  let n = 0;
  for (const o of holder.set) assert.strictEqual(o.v, n++);
  assert.strictEqual(n, 500);
  assert.strictEqual(oldFn().v, 'closure');
  assert.strictEqual(oldFn().self, oldFn());
});
