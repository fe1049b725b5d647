// Breaking out of for await destroys the stream; errors propagate as throws.
const { Readable } = require('stream');
async function main() {
  let i = 0;
  const r = new Readable({ objectMode: true, read() { this.push(i++); } });
  r.on('close', () => console.log('close after break'));
  for await (const v of r) { if (v === 2) break; console.log('v', v); }
  console.log('destroyed', r.destroyed);
  const bad = new Readable({ read() { this.destroy(new Error('boom')); } });
  try {
    for await (const c of bad) console.log('unexpected', c);
  } catch (e) {
    console.log('caught', e.message);
  }
}
main();
