// copyFileSync (with COPYFILE_EXCL), renameSync, realpathSync, accessSync, mkdtempSync, unlinkSync.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.realpathSync(fs.mkdtempSync(`${os.tmpdir()}/pjs-fs-`));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
fs.writeFileSync(`${dir}/a`, 'A');
fs.copyFileSync(`${dir}/a`, `${dir}/b`);
console.log(fs.readFileSync(`${dir}/b`, 'utf8'));
try { fs.copyFileSync(`${dir}/a`, `${dir}/b`, fs.constants.COPYFILE_EXCL); } catch (e) { console.log(e.code, e.syscall); }
fs.renameSync(`${dir}/b`, `${dir}/c`);
console.log(fs.existsSync(`${dir}/b`), fs.existsSync(`${dir}/c`));
fs.symlinkSync(`${dir}/c`, `${dir}/link`);
console.log(path.relative(dir, fs.realpathSync(`${dir}/link`)), path.relative(dir, fs.realpathSync.native(`${dir}/link`)));
console.log(fs.readlinkSync(`${dir}/link`) === `${dir}/c`);
console.log(fs.accessSync(`${dir}/c`), fs.accessSync(`${dir}/c`, fs.constants.R_OK | fs.constants.W_OK));
const t = fs.mkdtempSync(`${dir}/tmp-`);
console.log(path.basename(t).startsWith('tmp-'), path.basename(t).length, fs.statSync(t).isDirectory());
fs.unlinkSync(`${dir}/c`);
console.log(fs.readdirSync(dir).sort().map((n) => n.replace(/^tmp-.*/, 'tmp-*')).join());
