// Buffer.concat of many small buffers (issue 3 workload): 1000 chunks of 64 bytes,
// as a stream consumer collecting 'data' events would. Runs under node and protojs.
'use strict';

function measure(name, fn) {
  const budgetNs = 500e6;
  let sink = 0;
  for (let i = 0; i < 10; i++) sink += fn();
  let ops = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < budgetNs) {
    for (let i = 0; i < 50; i++) sink += fn();
    ops += 50;
    elapsed = Number(process.hrtime.bigint() - start);
  }
  if (sink === 0) throw new Error('no work done');
  console.log(`METRIC ${name} ${Math.round(ops / (elapsed / 1e9))} ops/s higher`);
}

const chunks = [];
for (let i = 0; i < 1000; i++) chunks.push(Buffer.alloc(64, i & 0xff));
measure('buffer.concat.1000x64B', () => Buffer.concat(chunks).length);
const total = 64 * 1000;
measure('buffer.concat.1000x64B.withLength', () => Buffer.concat(chunks, total).length);
const few = [Buffer.alloc(16 * 1024, 1), Buffer.alloc(16 * 1024, 2), Buffer.alloc(100, 3)];
measure('buffer.concat.3x16KiB', () => Buffer.concat(few).length);
