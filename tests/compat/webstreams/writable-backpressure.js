// A slow sink: ready resolves only when the queue drains; writes stay in order.
(async () => {
  const order = [];
  let release;
  const ws = new WritableStream({
    write(chunk) {
      order.push(`sink ${chunk}`);
      return new Promise((r) => { release = r; });
    },
  }, { highWaterMark: 1 });
  const w = ws.getWriter();
  const p1 = w.write(1).then(() => order.push('w1 done'));
  const p2 = w.write(2).then(() => order.push('w2 done'));
  order.push(`desired ${w.desiredSize}`);
  let readyDone = false;
  w.ready.then(() => { readyDone = true; });
  await new Promise((r) => setTimeout(r, 5));
  order.push(`ready ${readyDone}`);
  release();
  await p1;
  await new Promise((r) => setTimeout(r, 5));
  release();
  await p2;
  await w.ready;
  order.push(`desired ${w.desiredSize}`);
  console.log(order.join('\n'));
})();
