// A byte stream read with a BYOB reader into caller-provided buffers.
const rs = new ReadableStream({
  type: 'bytes',
  pull(c) {
    const req = c.byobRequest;
    if (req) {
      const v = req.view;
      let i = 0;
      for (; i < Math.min(3, v.byteLength); i++) v[i] = 65 + i;
      req.respond(i);
    }
  },
});
console.log(rs);
(async () => {
  const reader = rs.getReader({ mode: 'byob' });
  console.log(reader instanceof ReadableStreamBYOBReader);
  let r = await reader.read(new Uint8Array(8));
  console.log(r.done, r.value.constructor.name, r.value.byteLength, Buffer.from(r.value).toString());
  r = await reader.read(new Uint8Array(2));
  console.log(r.done, r.value.byteLength, Buffer.from(r.value).toString());
  await reader.cancel();
  const rs2 = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1, 2, 3, 4])); c.close(); } });
  const rd = rs2.getReader({ mode: 'byob' });
  const a = await rd.read(new Uint16Array(1));
  console.log(a.value.constructor.name, a.value.length, a.value.byteLength);
  const b = await rd.read(new Uint8Array(10));
  console.log(Array.from(b.value));
  const c = await rd.read(new Uint8Array(10));
  console.log(c.done, c.value.byteLength);
})();
