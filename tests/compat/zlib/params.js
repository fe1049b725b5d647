// params(): a new level/strategy mid-stream; the data still round-trips.
const zlib = require('zlib');
const part1 = Buffer.alloc(20000, 'a');
const part2 = Buffer.from('b'.repeat(20000));
const d = zlib.createDeflate({ level: 0 });
const out = [];
d.on('data', (c) => out.push(c));
d.write(part1);
d.params(9, zlib.constants.Z_DEFAULT_STRATEGY, (...args) => {
  console.log('params cb args', args.length, d._level, d._strategy);
  d.end(part2);
});
d.on('end', () => {
  const all = Buffer.concat(out);
  console.log('small', all.length < 21000, zlib.inflateSync(all).equals(Buffer.concat([part1, part2])));
  // Same values: the callback comes on the next tick.
  const e = zlib.createDeflate({ level: 3, strategy: 1 });
  let sync = true;
  e.params(3, 1, () => {
    console.log('same params, async:', !sync);
    for (const [l, s] of [[10, 0], [1, 5], ['1', 0], [1, null]]) {
      try { e.params(l, s, () => {}); } catch (err) { console.log(err.name, err.code, err.message); }
    }
    e.close(() => console.log('closed'));
  });
  sync = false;
});
