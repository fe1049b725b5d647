// Duplex.from with an object of streams, a generator function and a promise.
const { Duplex, Readable, Writable } = require('stream');
async function main() {
  const d1 = Duplex.from(async function* (source) {
    for await (const chunk of source) yield chunk.toString().toUpperCase();
  });
  const out = [];
  d1.on('data', (c) => out.push(c.toString()));
  d1.on('end', () => console.log('generator duplex', out.join('')));
  d1.write('ab');
  d1.end('cd');
  await new Promise((r) => d1.on('close', r));
  const written = [];
  const d2 = Duplex.from({
    readable: Readable.from(['r1', 'r2']),
    writable: new Writable({ write(c, e, cb) { written.push(c.toString()); cb(); } }),
  });
  const read = [];
  d2.on('data', (c) => read.push(String(c)));
  d2.end('w1');
  await new Promise((r) => d2.on('close', r));
  console.log('pair duplex read', read.join(','), 'written', written.join(','));
  const d3 = Duplex.from(Promise.resolve('ignored'));
  console.log('from promise writable', d3.writable, 'readable', d3.readable);
  d3.end('x');
  await new Promise((r) => d3.on('finish', r));
  console.log('promise duplex finished');
}
main();
