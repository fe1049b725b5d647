// Blob.stream() and the stream/consumers helpers reading a web stream.
const { text, json, arrayBuffer } = require('stream/consumers');
(async () => {
  console.log(await text(new Blob(['abc', 'def']).stream()));
  console.log(await json(ReadableStream.from([Buffer.from('{"a"'), Buffer.from(':1}')])));
  const ab = await arrayBuffer(new Blob([new Uint8Array([1, 2, 3])]).stream());
  console.log(ab.byteLength);
  const empty = new Blob([]).stream().getReader();
  console.log(await empty.read());
})();
