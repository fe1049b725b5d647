// Readable operator helpers beyond the basics: concurrency ordering of map,
// forEach, flatMap, a throwing mapper, argument validation codes, signal
// abort, take/drop argument errors, reduce without an initial value.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
const tick = () => new Promise((r) => setImmediate(r));
async function main() {
  // map with concurrency keeps output order; starts at most `concurrency` at once
  let active = 0, maxActive = 0;
  const mapped = await Readable.from([1, 2, 3, 4, 5]).map(async (x) => {
    active++; maxActive = Math.max(maxActive, active);
    for (let i = 0; i < 6 - x; i++) await tick();
    active--;
    return x * 10;
  }, { concurrency: 2 }).toArray();
  log('map concurrency', mapped.join(','), 'max active', maxActive);

  // forEach resolves undefined after all calls
  const seen = [];
  log('forEach returns', await Readable.from(['a', 'b']).forEach((x) => { seen.push(x); }), seen.join(''));

  // flatMap with arrays, iterables and streams
  const flat = await Readable.from([1, 2]).flatMap((x) => [x, x]).toArray();
  log('flatMap arrays', flat.join(','));
  const flat2 = await Readable.from(['ab', 'c']).flatMap((s) => Readable.from(s.split(''))).toArray();
  log('flatMap streams', flat2.join(','));

  // throwing mapper rejects and destroys the source
  const src = Readable.from([1, 2, 3]);
  try { await src.map((x) => { if (x === 2) throw new Error('mapper'); return x; }).toArray(); } catch (e) { log('mapper threw', e.message); }
  await tick();
  log('source destroyed', src.destroyed);

  // reduce without initial value, and on an empty stream
  log('reduce no init', await Readable.from([1, 2, 3]).reduce((a, b) => a + b));
  try { await Readable.from([]).reduce((a, b) => a + b); } catch (e) { log('empty reduce', e.name, e.code, e.message); }

  // validation
  try { Readable.from([1]).map(1); } catch (e) { log('map(1)', e.name, e.code); }
  try { Readable.from([1]).map((x) => x, { concurrency: 0 }); } catch (e) { log('concurrency 0', e.name, e.code); }
  try { Readable.from([1]).map((x) => x, 'opts'); } catch (e) { log('opts string', e.name, e.code); }
  try { Readable.from([1]).take(-1); } catch (e) { log('take(-1)', e.name, e.code); }
  try { Readable.from([1]).drop('x'); } catch (e) { log('drop(x)', e.name, e.code); }
  try { await Readable.from([1]).toArray({ signal: 'x' }); } catch (e) { log('toArray bad signal', e.name, e.code); }

  // pre-aborted signal on map
  try { await Readable.from([1, 2]).map((x) => x, { signal: AbortSignal.abort() }).toArray(); } catch (e) { log('aborted map', e.name, e.code); }
  // filter / some / every / find short-circuit
  let calls = 0;
  log('some', await Readable.from([1, 2, 3, 4]).some((x) => { calls++; return x === 2; }), 'calls', calls);
  calls = 0;
  log('every', await Readable.from([1, 2, 3]).every((x) => { calls++; return x < 2; }), 'calls', calls);
  log('find none', await Readable.from([1, 2]).find((x) => x > 5));
  log('take(0)', (await Readable.from([1, 2]).take(0).toArray()).length);
  log('drop(5)', (await Readable.from([1, 2]).drop(5).toArray()).length);
  // asIndexedPairs exists in Node 20
  log('asIndexedPairs', typeof Readable.prototype.asIndexedPairs);
  log('operators are functions', ['map', 'filter', 'forEach', 'toArray', 'some', 'find', 'every', 'flatMap', 'drop', 'take', 'reduce', 'compose'].map((k) => typeof Readable.prototype[k]).join(','));
}
main();
