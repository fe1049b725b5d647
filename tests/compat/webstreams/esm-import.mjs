// node:stream/web's named exports under ESM are the globals; a fetched body read
// through stream.Readable.fromWeb.
import { ReadableStream, TextDecoderStream, CompressionStream } from 'node:stream/web';
import web from 'stream/web';
import { Readable } from 'node:stream';
import http from 'node:http';

console.log(ReadableStream === globalThis.ReadableStream, web.TextDecoderStream === TextDecoderStream, typeof CompressionStream);
const server = http.createServer((req, res) => res.end('esm body'));
server.listen(0, '127.0.0.1', async () => {
  const res = await fetch(`http://127.0.0.1:${server.address().port}/`);
  const chunks = [];
  for await (const c of Readable.fromWeb(res.body)) chunks.push(c);
  console.log(Buffer.concat(chunks).toString());
  server.close();
});
