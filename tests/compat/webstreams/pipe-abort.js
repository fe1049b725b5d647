// pipeTo with an AbortSignal rejects with the signal's reason and cancels the source.
(async () => {
  const ac = new AbortController();
  let i = 0;
  const src = new ReadableStream({
    pull(c) { c.enqueue(i++); if (i === 3) ac.abort(); },
    cancel(r) { console.log('source cancelled', r.name); },
  });
  const seen = [];
  try {
    await src.pipeTo(new WritableStream({
      write(x) { seen.push(x); },
      abort(r) { console.log('dest aborted', r.name); },
    }), { signal: ac.signal });
  } catch (e) {
    console.log('rejected', e.name, e.message);
  }
  console.log(seen.length > 0);
  const ac2 = new AbortController();
  ac2.abort(new Error('custom'));
  try { await ReadableStream.from([1]).pipeTo(new WritableStream(), { signal: ac2.signal }); } catch (e) { console.log(e.message); }
})();
