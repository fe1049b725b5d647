// stream/promises pipeline and finished resolve and reject like the callback forms.
const { pipeline, finished } = require('stream/promises');
const { Readable, Writable, PassThrough } = require('stream');
async function main() {
  const out = [];
  await pipeline(Readable.from(['x', 'y']), new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } }));
  console.log('resolved', out.join(''));
  try {
    await pipeline(new Readable({ read() { this.destroy(new Error('nope')); } }), new PassThrough());
  } catch (e) {
    console.log('rejected', e.message);
  }
  const p = new PassThrough();
  p.resume();
  p.end('z');
  await finished(p);
  console.log('finished resolved');
  console.log(require('stream').promises === require('stream/promises'));
}
main();
