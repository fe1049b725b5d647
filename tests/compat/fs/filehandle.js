// fs.promises.open returns a FileHandle: write, read, stat, readFile, truncate, close.
const fsp = require('fs/promises');
const os = require('os');
(async () => {
  const dir = await fsp.mkdtemp(`${os.tmpdir()}/pjs-fs-`);
  const fh = await fsp.open(`${dir}/f`, 'w+');
  console.log(typeof fh.fd);
  const w = await fh.write('hello');
  console.log(w.bytesWritten);
  const buf = Buffer.alloc(5);
  const r = await fh.read(buf, 0, 5, 0);
  console.log(r.bytesRead, r.buffer === buf, buf.toString());
  console.log((await fh.stat()).size);
  await fh.truncate(2);
  console.log(await fh.readFile('utf8'));
  await fh.close();
  console.log(await fsp.readFile(`${dir}/f`, 'utf8'));
  await fsp.rm(dir, { recursive: true });
})();
