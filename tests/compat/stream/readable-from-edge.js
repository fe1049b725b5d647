// Readable.from edge cases: null values (ERR_STREAM_NULL_VALUES), rejected
// promises in arrays, iterator return() on destroy, objectMode/highWaterMark
// options, sync iterables of Buffers, and a Readable passed to from().
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
async function main() {
  // null value in the iterable
  const n = Readable.from(['a', null, 'b']);
  n.on('data', (c) => log('n data', c));
  await new Promise((res) => n.on('error', (e) => { log('n error', e.name, e.code, e.message); res(); }));

  // rejected promise element
  const p = Readable.from([Promise.reject(new Error('rej'))]);
  p.on('data', () => {});
  await new Promise((res) => p.on('error', (e) => { log('p error', e.message); res(); }));

  // destroy calls the iterator's return()
  let finalized = false;
  function* gen() { try { let i = 0; while (true) yield i++; } finally { finalized = true; } }
  const g = Readable.from(gen());
  g.once('data', (v) => { log('g first', v); g.destroy(); });
  await new Promise((res) => g.on('close', res));
  await new Promise((res) => setImmediate(res));
  log('g finalized', finalized);

  // options
  const o = Readable.from(['x'], { objectMode: false, highWaterMark: 3 });
  log('options', o.readableObjectMode, o.readableHighWaterMark);
  const d = Readable.from(['x']);
  log('defaults', d.readableObjectMode, d.readableHighWaterMark);

  // buffers / uint8arrays in an array stay as-is in objectMode
  const bufs = await Readable.from([Buffer.from('ab'), new Uint8Array([99])]).toArray();
  log('bufs', bufs.map((x) => `${x.constructor.name}:${Buffer.from(x).toString()}`).join(','));

  // a Readable given to from() is returned as-is
  const r = new Readable({ read() {} });
  log('same stream', Readable.from(r) === r);

  // async iterable object (not a generator)
  const iterable = {
    [Symbol.asyncIterator]() {
      let i = 0;
      return {
        next() { i++; return Promise.resolve(i <= 2 ? { value: 'it' + i, done: false } : { done: true }); },
        return() { log('iterable return called'); return Promise.resolve({ done: true }); },
      };
    },
  };
  log('iterable', (await Readable.from(iterable).toArray()).join(','));

  // invalid arguments
  for (const v of [null, undefined, 1, {}]) {
    try { Readable.from(v); } catch (e) { log('invalid', String(v), e.name, e.code); }
  }
}
main();
