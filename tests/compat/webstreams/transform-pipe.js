// TransformStream in pipeThrough chains; flush; pipeTo options.
(async () => {
  const upper = new TransformStream({
    transform(chunk, c) { c.enqueue(chunk.toUpperCase()); },
    flush(c) { c.enqueue('!'); },
  });
  const split = new TransformStream({
    transform(chunk, c) { for (const ch of chunk) c.enqueue(ch); },
  });
  const got = [];
  await ReadableStream.from(['ab', 'cd']).pipeThrough(upper).pipeThrough(split)
    .pipeTo(new WritableStream({ write(x) { got.push(x); } }));
  console.log(got.join(' '));
  // preventClose leaves the destination open.
  const dest = new WritableStream({ close() { console.log('dest closed'); } });
  await ReadableStream.from(['z']).pipeTo(dest, { preventClose: true });
  console.log('locked after pipe', dest.locked);
  await dest.getWriter().close();
  // An error in the transform errors both sides.
  const bad = new TransformStream({ transform() { throw new SyntaxError('bad chunk'); } });
  try {
    await ReadableStream.from([1]).pipeThrough(bad).pipeTo(new WritableStream());
  } catch (e) { console.log('pipe failed', e.name, e.message); }
})();
