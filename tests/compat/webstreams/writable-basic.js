// WritableStream: writer.write/close, ready/desiredSize under a size strategy,
// abort reaching the sink.
(async () => {
  const log = [];
  const ws = new WritableStream({
    start() { log.push('start'); },
    write(chunk) { log.push(`write ${chunk}`); return new Promise((r) => setTimeout(r, 2)); },
    close() { log.push('close'); },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  const w = ws.getWriter();
  console.log(w.desiredSize);
  w.write('a'); w.write('b'); w.write('c');
  console.log(w.desiredSize);
  await w.ready;
  await w.close();
  console.log(log.join(','), ws);
  const ws2 = new WritableStream({ abort(reason) { console.log('abort', reason); } });
  const w2 = ws2.getWriter();
  await w2.abort('stop');
  try { await w2.write('x'); } catch (e) { console.log('write after abort', e); }
  const ws3 = new WritableStream({ write() { throw new Error('sink failed'); } });
  const w3 = ws3.getWriter();
  try { await w3.write('x'); } catch (e) { console.log(e.message); }
  try { await w3.closed; } catch (e) { console.log('closed rejected', e.message); }
  console.log(ws3);
})();
