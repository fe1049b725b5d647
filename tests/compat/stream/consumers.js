// stream/consumers reads whole streams, joining multi-byte characters split across chunks.
const consumers = require('stream/consumers');
const { Readable } = require('stream');
async function main() {
  const euro = Buffer.from('€');
  console.log(await consumers.text(Readable.from([euro.subarray(0, 1), euro.subarray(1), Buffer.from('!')])));
  console.log(JSON.stringify(await consumers.json(Readable.from(['{"a":', '[1,2]}']))));
  const buf = await consumers.buffer(Readable.from([Buffer.from('ab'), 'cd', new Uint8Array([0x65])]));
  console.log(Buffer.isBuffer(buf), buf.toString());
  const ab = await consumers.arrayBuffer(Readable.from([Buffer.from('xyz')]));
  console.log(ab instanceof ArrayBuffer, ab.byteLength);
  const b = await consumers.blob(Readable.from([Buffer.from('blob!')]));
  console.log(b.size, await b.text());
  console.log(await consumers.text((async function* () { yield 'from '; yield 'generator'; })()));
  try { await consumers.json(Readable.from(['{bad'])); } catch (e) { console.log(e.name); }
}
main();
