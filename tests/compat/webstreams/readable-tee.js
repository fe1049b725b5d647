// tee() gives two branches that each see every chunk.
const rs = new ReadableStream({ start(c) { for (const x of ['a', 'b', 'c']) c.enqueue(x); c.close(); } });
const [a, b] = rs.tee();
console.log(rs.locked);
(async () => {
  const out = await Promise.all([a, b].map(async (s) => {
    const got = [];
    for await (const x of s) got.push(x);
    return got.join('');
  }));
  console.log(out);
})();
