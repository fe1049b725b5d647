// fs.promises and node:fs/promises: the same operations as promises; rejections are Node-shaped.
const fsp = require('fs/promises');
const fs = require('fs');
const os = require('os');
(async () => {
  console.log(fsp === fs.promises, typeof fsp.readFile);
  const dir = await fsp.mkdtemp(`${os.tmpdir()}/pjs-fs-`);
  const rel = (s) => s && s.split(dir).join('<dir>');
  try {
    await fsp.writeFile(`${dir}/a`, 'one');
    await fsp.appendFile(`${dir}/a`, '+two');
    console.log(await fsp.readFile(`${dir}/a`, 'utf8'), (await fsp.readFile(`${dir}/a`)).length);
    console.log((await fsp.stat(`${dir}/a`)).size, (await fsp.lstat(dir)).isDirectory());
    console.log(rel(await fsp.mkdir(`${dir}/m/n`, { recursive: true })));
    console.log((await fsp.readdir(dir)).sort().join());
    await fsp.rename(`${dir}/a`, `${dir}/b`);
    await fsp.copyFile(`${dir}/b`, `${dir}/c`);
    await fsp.access(`${dir}/c`);
    await fsp.unlink(`${dir}/b`);
    console.log((await fsp.readdir(dir, { withFileTypes: true })).map((d) => `${d.name}:${d.isDirectory()}`).sort().join());
    try { await fsp.readFile(`${dir}/nope`); } catch (e) { console.log(e.code, e.errno, e.syscall, rel(e.message)); }
    try { await fsp.rm(`${dir}/m`); } catch (e) { console.log(e.code); }
    await fsp.rm(`${dir}/m`, { recursive: true });
    console.log(typeof (await fsp.realpath(dir)));
  } finally {
    await fsp.rm(dir, { recursive: true, force: true });
    console.log('cleaned', fs.existsSync(dir));
  }
})();
