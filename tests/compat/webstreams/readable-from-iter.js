// ReadableStream.from() over sync and async iterables; async iteration with
// preventCancel and early break.
(async () => {
  const got = [];
  for await (const x of ReadableStream.from([1, 2, 3])) got.push(x);
  async function* gen() { yield 'x'; yield 'y'; }
  for await (const x of ReadableStream.from(gen())) got.push(x);
  console.log(got);
  let cancelled = 0;
  const rs = new ReadableStream({
    start(c) { c.enqueue(1); c.enqueue(2); c.enqueue(3); },
    cancel() { cancelled++; },
  });
  for await (const x of rs.values({ preventCancel: true })) { console.log('first', x); break; }
  await new Promise((r) => setTimeout(r, 5));
  console.log('cancelled', cancelled, 'locked', rs.locked);
  for await (const x of rs) { console.log('next', x); break; }
  await new Promise((r) => setTimeout(r, 5));
  console.log('cancelled', cancelled);
})();
