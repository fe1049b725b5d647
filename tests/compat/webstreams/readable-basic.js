// ReadableStream: enqueue, read until done, state through inspect, reader.closed.
const { ReadableStream } = require('stream/web');
console.log(globalThis.ReadableStream === ReadableStream);
const rs = new ReadableStream({
  start(c) { c.enqueue(1); c.enqueue('two'); c.enqueue({ three: 3 }); c.close(); },
});
console.log(rs, rs.locked);
(async () => {
  const reader = rs.getReader();
  console.log(rs.locked);
  for (;;) {
    const { value, done } = await reader.read();
    console.log(done, value);
    if (done) break;
  }
  await reader.closed;
  console.log('closed', rs);
  reader.releaseLock();
  console.log(rs.locked);
})();
