// stream/promises pipeline with { end: false } leaves the destination open;
// a pre-aborted signal, an abort with a reason, an invalid signal option, and
// generator stages receiving { signal } and being aborted mid-way.
const { Readable, PassThrough, Writable } = require('stream');
const { pipeline } = require('stream/promises');
async function main() {
  const chunks = [];
  const sink = new Writable({ write(c, e, cb) { chunks.push(c.toString()); cb(); } });
  sink.on('finish', () => console.log('sink finish'));
  await pipeline(Readable.from(['a', 'b'], { objectMode: false }), sink, { end: false });
  console.log('first done', chunks.join(''), 'writable', sink.writable, 'ended', sink.writableEnded);
  await pipeline(Readable.from(['c'], { objectMode: false }), sink, { end: false });
  console.log('second done', chunks.join(''));
  sink.end();
  await new Promise((r) => sink.on('close', r));
  console.log('sink closed');

  // pre-aborted signal
  const src = new Readable({ read() {} });
  const pt = new PassThrough();
  try {
    await pipeline(src, pt, { signal: AbortSignal.abort() });
  } catch (e) {
    console.log('pre-aborted', e.name, e.code, e.message);
  }
  await new Promise((r) => setImmediate(r));
  console.log('destroyed', src.destroyed, pt.destroyed);

  // abort with a reason
  const ac = new AbortController();
  const src2 = new Readable({ read() {} });
  const p = pipeline(src2, new PassThrough(), { signal: ac.signal });
  ac.abort(new Error('my reason'));
  try { await p; } catch (e) { console.log('reason', e.name, e.code, e.message); }

  // invalid signal
  try { await pipeline(new PassThrough(), new PassThrough(), { signal: 'nope' }); } catch (e) { console.log('invalid signal', e.name, e.code); }

  // generator stages get the pipeline's signal; aborting from a stage
  const ac2 = new AbortController();
  try {
    await pipeline(
      async function* ({ signal }) { console.log('gen got signal', signal instanceof AbortSignal); yield 'x'; yield 'y'; },
      async function (src, { signal }) { for await (const c of src) { console.log('got', c); ac2.abort(); } },
      { signal: ac2.signal }
    );
  } catch (e) {
    console.log('generator aborted', e.name, e.code);
  }
}
main();
