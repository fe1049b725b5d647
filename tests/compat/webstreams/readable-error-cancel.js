// Errors reach readers; cancel() reaches the source's cancel with the reason.
(async () => {
  const rs = new ReadableStream({ start(c) { c.error(new RangeError('boom')); } });
  try { await rs.getReader().read(); } catch (e) { console.log('read rejected', e.name, e.message); }
  console.log(rs);
  const rs2 = new ReadableStream({
    start(c) { c.enqueue('a'); },
    cancel(reason) { console.log('cancel', reason); return new Promise((r) => setTimeout(r, 5)); },
  });
  const reader = rs2.getReader();
  console.log(await reader.read());
  await reader.cancel('enough');
  console.log('cancelled', await reader.read());
  const rs3 = new ReadableStream({ pull() { throw new TypeError('pull failed'); } });
  try { await rs3.getReader().read(); } catch (e) { console.log(e.name, e.message); }
})();
