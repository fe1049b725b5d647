// for await over a Readable yields every chunk, then ends and destroys the stream.
const { Readable } = require('stream');
async function main() {
  const r = new Readable({ read() {} });
  r.push('a'); r.push('b'); r.push(null);
  r.on('close', () => console.log('close'));
  for await (const c of r) console.log('chunk', c.toString());
  console.log('loop done, destroyed', r.destroyed);
  const o = Readable.from([1, 2, 3]);
  const seen = [];
  for await (const v of o) seen.push(v);
  console.log('objects', seen.join(','));
}
main();
