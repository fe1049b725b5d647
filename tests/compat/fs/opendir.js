// fs.opendirSync / fs.opendir / fs.promises.opendir: Dir reads, async iteration, closed errors.
const fs = require('fs');
const os = require('os');
const dir = fs.mkdtempSync(`${os.tmpdir()}/pjs-fs-`);
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const rel = (s) => s && s.split(dir).join('<dir>');
fs.writeFileSync(`${dir}/a`, '');
fs.mkdirSync(`${dir}/b`);
const d = fs.opendirSync(dir);
console.log(rel(d.path), d.constructor.name, Object.keys(d).length, d instanceof fs.Dir);
const seen = [];
for (let e = d.readSync(); e !== null; e = d.readSync()) seen.push(`${e.name}:${e.isDirectory()}:${rel(e.parentPath)}`);
console.log(seen.sort().join());
d.closeSync();
try { d.closeSync(); } catch (err) { console.log(err.code, err.message); }
try { d.readSync(); } catch (err) { console.log(err.code, err.message); }
(async () => {
  const names = [];
  for await (const ent of await fs.promises.opendir(dir)) names.push(ent.name);
  console.log(names.sort().join());
  const d2 = await fs.promises.opendir(dir);
  console.log((await d2.read()) !== null);
  await d2.close();
  try { await d2.close(); } catch (err) { console.log('second close', err.code); }
  fs.opendir(`${dir}/nope`, (err) => {
    console.log(err.code, err.syscall, rel(err.message));
    fs.opendir(dir, (err2, d3) => {
      d3.read((err3, ent) => {
        console.log('callback read', err3, typeof ent.name);
        d3.close((err4) => console.log('callback close', err4));
      });
    });
  });
})();
