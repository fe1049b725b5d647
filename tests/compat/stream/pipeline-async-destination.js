// pipeline with async iterables as source and an async function as the
// destination: the promise form resolves with the destination's return value,
// and a throwing destination destroys the source.
const { pipeline: pipelineCb, Readable, PassThrough } = require('stream');
const { pipeline } = require('stream/promises');
async function main() {
  // async function destination returning a value
  const v = await pipeline(
    Readable.from(['a', 'b', 'c']),
    async function (source) { let s = ''; for await (const c of source) s += c; return s.toUpperCase(); }
  );
  console.log('value', v);

  // generator object source (not function), transform returning string chunks
  const v2 = await pipeline(
    (function* () { yield 1; yield 2; yield 3; })(),
    async function* (src) { for await (const x of src) yield x * 10; },
    async (src) => { const out = []; for await (const x of src) out.push(x); return out; }
  );
  console.log('value2', JSON.stringify(v2));

  // callback form receives the value as second argument
  await new Promise((resolve) => pipelineCb(
    ['x', 'y'],
    async function* (src) { for await (const s of src) yield s + s; },
    async (src) => { let n = 0; for await (const _ of src) n++; return n; },
    (err, val) => { console.log('cb', err, val); resolve(); }
  ));

  // destination throws: source destroyed, error propagated
  const src = new Readable({ read() {} });
  src.push('q');
  src.on('close', () => console.log('src close'));
  try {
    await pipeline(src, async (source) => { for await (const c of source) throw new Error('dest threw ' + c); });
  } catch (e) {
    console.log('rejected', e.message, 'src destroyed', src.destroyed);
  }

  // destination is a PassThrough after a generator: resolves with undefined
  const pt = new PassThrough();
  pt.resume();
  const v3 = await pipeline(async function* () { yield 'z'; }, pt);
  console.log('stream dest value', v3);

  // generator stage returning a non-iterable
  try {
    await pipeline(Readable.from(['a']), () => 42, new PassThrough());
  } catch (e) {
    console.log('bad stage', e.name, e.code);
  }
}
main();
