// Duplex.from with more inputs: an async generator function whose writes end
// early, a Readable (returned as-is), a Writable, an async iterable, a
// rejected promise, a function returning a non-iterable, and invalid input.
const { Duplex, Readable, Writable, PassThrough, pipeline } = require('stream');
const log = (...a) => console.log(...a);
async function main() {
  const r = new Readable({ read() {} });
  log('readable as-is', Duplex.from(r) === r);
  const w = new Writable({ write(c, e, cb) { cb(); } });
  log('writable as-is', Duplex.from(w) === w);
  const pt = new PassThrough();
  log('duplex as-is', Duplex.from(pt) === pt);

  const fromIterable = Duplex.from(['x', 'y']);
  log('iterable', fromIterable.readable, fromIterable.writable, (await fromIterable.toArray()).join(''));

  const rejected = Duplex.from(Promise.reject(new Error('rejected promise')));
  rejected.on('error', (e) => log('rejected error', e.message));
  rejected.end('a');
  await new Promise((res) => rejected.on('close', res));

  try { Duplex.from(42); } catch (e) { log('number', e.name, e.code); }
  try { Duplex.from(null); } catch (e) { log('null', e.name, e.code); }

  // async generator function duplex used in a pipeline
  const out = [];
  await new Promise((res) => pipeline(
    Readable.from(['a', 'b', 'c']),
    Duplex.from(async function* (source) { for await (const ch of source) yield ch.toUpperCase(); }),
    new Writable({ objectMode: true, write(c, e, cb) { out.push(String(c)); cb(); } }),
    (err) => { log('pipeline', err, out.join('')); res(); }
  ));

  // generator that throws destroys the duplex
  const g = Duplex.from(async function* (source) { for await (const ch of source) throw new Error('gen threw on ' + ch); });
  g.on('error', (e) => log('gen error', e.message));
  g.resume();
  g.write('z');
  await new Promise((res) => g.on('close', res));
  log('gen destroyed', g.destroyed);

  // function returning a non-iterable
  try {
    const bad = Duplex.from(() => 5);
    bad.on('error', (e) => log('bad fn error', e.name, e.code));
    await new Promise((res) => bad.on('close', res));
  } catch (e) { log('bad fn threw', e.name, e.code); }

  // object with only readable
  const onlyR = Duplex.from({ readable: Readable.from(['o']) });
  log('only readable', onlyR.readable, onlyR.writable, (await onlyR.toArray()).join(''));
}
main();
