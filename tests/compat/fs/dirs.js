// mkdirSync recursive (returns the first dir made), readdirSync (sorted here), withFileTypes, rmSync.
const fs = require('fs');
const os = require('os');
const dir = fs.mkdtempSync(`${os.tmpdir()}/pjs-fs-`);
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const rel = (s) => s && s.split(dir).join('<dir>');
console.log(rel(fs.mkdirSync(`${dir}/a/b/c`, { recursive: true })), fs.mkdirSync(`${dir}/a/b/c`, { recursive: true }));
console.log(fs.mkdirSync(`${dir}/plain`), rel(fs.mkdirSync(`${dir}/a/b2`, { recursive: true })));
fs.writeFileSync(`${dir}/a/f.txt`, '1');
fs.symlinkSync(`${dir}/a/f.txt`, `${dir}/a/link`);
console.log(fs.readdirSync(`${dir}/a`).sort().join());
for (const d of fs.readdirSync(`${dir}/a`, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1))) {
  console.log(d.name, d.isFile(), d.isDirectory(), d.isSymbolicLink(), rel(d.path), d instanceof fs.Dirent);
}
console.log(fs.readdirSync(dir, { recursive: true }).sort().join());
try { fs.rmSync(`${dir}/a`); } catch (e) { console.log(e.name, e.code, rel(e.message), e.errno, JSON.stringify(e.info && { ...e.info, path: rel(e.info.path) })); }
try { fs.rmdirSync(`${dir}/a`); } catch (e) { console.log(e.code, e.syscall); }
fs.rmSync(`${dir}/a`, { recursive: true });
fs.rmSync(`${dir}/missing`, { force: true });
try { fs.rmSync(`${dir}/missing`); } catch (e) { console.log(e.code, e.syscall); }
fs.rmdirSync(`${dir}/plain`);
console.log(fs.readdirSync(dir).join());
