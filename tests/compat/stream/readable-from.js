// Readable.from with arrays, strings, generators, async generators and promises.
const { Readable } = require('stream');
function collect(r, label) {
  return new Promise((resolve) => {
    const out = [];
    r.on('data', (c) => out.push(typeof c === 'object' && c !== null && !Buffer.isBuffer(c) ? JSON.stringify(c) : String(c)));
    r.on('end', () => { console.log(label, out.join('|'), r.readableObjectMode); resolve(); });
  });
}
async function main() {
  await collect(Readable.from(['a', 'b']), 'array');
  await collect(Readable.from('whole string'), 'string');
  await collect(Readable.from(Buffer.from('buf')), 'buffer');
  await collect(Readable.from((function* () { yield 1; yield 2; })()), 'generator');
  await collect(Readable.from((async function* () { yield 'x'; yield { k: 1 }; })()), 'async generator');
  await collect(Readable.from([Promise.resolve('p1'), 'p2']), 'promises');
  await collect(Readable.from(['a'], { objectMode: false }), 'not object mode');
  try { Readable.from(42); } catch (e) { console.log(e.code, e.message); }
}
main();
