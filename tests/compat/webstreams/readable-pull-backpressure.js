// pull() is called as the queue drains; desiredSize follows the highWaterMark.
const calls = [];
let n = 0;
const rs = new ReadableStream({
  pull(c) {
    calls.push(`pull desired=${c.desiredSize}`);
    if (n < 5) c.enqueue(n++);
    else c.close();
  },
}, { highWaterMark: 2 });
(async () => {
  await new Promise((r) => setTimeout(r, 10));
  calls.push('after start');
  const reader = rs.getReader();
  const got = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    got.push(value);
  }
  console.log(calls.join('\n'));
  console.log(got);
})();
