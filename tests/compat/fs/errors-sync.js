// Sync errors have Node's message, code, errno, syscall, path and dest.
const fs = require('fs');
const os = require('os');
const dir = fs.mkdtempSync(`${os.tmpdir()}/pjs-fs-`);
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
fs.mkdirSync(`${dir}/d`);
const rel = (s) => (typeof s === 'string' ? s.split(dir).join('<dir>') : s);
const cases = {
  readMissing: () => fs.readFileSync(`${dir}/nope`),
  readDir: () => fs.readFileSync(`${dir}/d`),
  mkdirExists: () => fs.mkdirSync(`${dir}/d`),
  renameMissing: () => fs.renameSync(`${dir}/nope`, `${dir}/x`),
  copyMissing: () => fs.copyFileSync(`${dir}/nope`, `${dir}/x`),
  readdirMissing: () => fs.readdirSync(`${dir}/nope`),
  rmdirMissing: () => fs.rmdirSync(`${dir}/nope`),
  unlinkDir: () => fs.unlinkSync(`${dir}/d`),
  openMissing: () => fs.openSync(`${dir}/nope`, 'r'),
  statMissing: () => fs.statSync(`${dir}/nope`),
  lstatMissing: () => fs.lstatSync(`${dir}/nope`),
  accessMissing: () => fs.accessSync(`${dir}/nope`),
  realpathMissing: () => fs.realpathSync(`${dir}/nope/x`),
  writeIntoDir: () => fs.writeFileSync(`${dir}/d`, 'x'),
  badFd: () => fs.readFileSync(999999),
};
for (const [name, fn] of Object.entries(cases)) {
  try {
    fn();
    console.log(name, 'ok');
  } catch (e) {
    console.log(name, e.name, e.code, e.errno, e.syscall, rel(e.message), rel(e.path), rel(e.dest), Object.keys(e).join());
  }
}
