// Buffer encode/decode throughput for utf8, base64 and hex at 1 KiB and 1 MiB
// (issue 3 workload). Runs unchanged under node and protojs; prints METRIC lines
// in MB/s of the byte side (the Buffer's size).
'use strict';

// Mostly ASCII text with some 2-, 3- and 4-byte characters, like real payloads.
function makeText(bytes) {
  const unit = 'The quick brown fox jumps over the lazy dog; caf\u00e9 \u20ac5 \u4e2d\u6587 \u{1f600}. ';
  let s = '';
  while (Buffer.byteLength(s) < bytes) s += unit;
  return s;
}

function measure(name, bytesPerOp, fn) {
  const budgetNs = 300e6;
  let sink = 0;
  for (let i = 0; i < 3; i++) sink += fn();  // warm-up
  let ops = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  let batch = 1;
  while (elapsed < budgetNs) {
    for (let i = 0; i < batch; i++) sink += fn();
    ops += batch;
    elapsed = Number(process.hrtime.bigint() - start);
    if (batch < 1 << 16) batch *= 2;
  }
  if (sink === 0) throw new Error('no work done');
  const mbps = (ops * bytesPerOp) / (elapsed / 1e9) / 1e6;
  console.log(`METRIC ${name} ${mbps.toFixed(1)} MB/s higher`);
}

for (const [label, size] of [['1k', 1024], ['1m', 1 << 20]]) {
  const text = makeText(size);
  const buf = Buffer.from(text);
  const b64 = buf.toString('base64');
  const hex = buf.toString('hex');
  measure(`buffer.utf8.encode.${label}`, buf.length, () => Buffer.from(text, 'utf8').length);
  measure(`buffer.utf8.decode.${label}`, buf.length, () => buf.toString('utf8').length);
  measure(`buffer.base64.encode.${label}`, buf.length, () => buf.toString('base64').length);
  measure(`buffer.base64.decode.${label}`, buf.length, () => Buffer.from(b64, 'base64').length);
  measure(`buffer.hex.encode.${label}`, buf.length, () => buf.toString('hex').length);
  measure(`buffer.hex.decode.${label}`, buf.length, () => Buffer.from(hex, 'hex').length);
}
