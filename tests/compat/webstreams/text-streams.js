// TextEncoderStream / TextDecoderStream, including characters split across chunks.
(async () => {
  const enc = new TextEncoderStream();
  console.log(enc.encoding);
  const bytes = [];
  const p = (async () => { for await (const c of enc.readable) bytes.push(...c); })();
  const w = enc.writable.getWriter();
  await w.write('h\u00e9');
  await w.write('\ud83d');
  await w.write('\ude00!');
  await w.close();
  await p;
  console.log(Buffer.from(bytes).toString('hex'));
  const dec = new TextDecoderStream();
  console.log(dec.encoding, dec.fatal, dec.ignoreBOM);
  const parts = [];
  const q = (async () => { for await (const s of dec.readable) parts.push(s); })();
  const dw = dec.writable.getWriter();
  const all = Buffer.from('\ufeffa\u20acb\u{1f600}');
  for (const b of all) await dw.write(new Uint8Array([b]));
  await dw.close();
  await q;
  console.log(JSON.stringify(parts.join('')));
  const latin = new TextDecoderStream('latin1');
  console.log(latin.encoding);
  const fatal = new TextDecoderStream('utf-8', { fatal: true });
  const fw = fatal.writable.getWriter();
  fw.write(new Uint8Array([0xff])).catch((e) => console.log('write', e.name));
  try { for await (const s of fatal.readable) console.log(s); } catch (e) { console.log('read', e.name, e.code); }
})();
