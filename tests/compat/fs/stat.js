// statSync/lstatSync: Stats shape, type predicates, times, throwIfNoEntry.
const fs = require('fs');
const os = require('os');
const dir = fs.mkdtempSync(`${os.tmpdir()}/pjs-fs-`);
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
fs.writeFileSync(`${dir}/f`, '12345');
fs.symlinkSync(`${dir}/f`, `${dir}/l`);
const st = fs.statSync(`${dir}/f`);
console.log(Object.keys(st).join(), st instanceof fs.Stats);
console.log(st.size, st.isFile(), st.isDirectory(), st.isSymbolicLink(), st.isFIFO(), st.mtime instanceof Date);
console.log(Math.abs(st.mtimeMs - Date.now()) < 60000, st.mtime.getTime() === Math.round(st.mtimeMs), typeof st.ino, st.nlink);
console.log(fs.lstatSync(`${dir}/l`).isSymbolicLink(), fs.statSync(`${dir}/l`).isSymbolicLink(), fs.statSync(dir).isDirectory());
console.log(fs.statSync(`${dir}/none`, { throwIfNoEntry: false }), fs.lstatSync(`${dir}/none`, { throwIfNoEntry: false }));
const fd = fs.openSync(`${dir}/f`, 'r');
console.log(fs.fstatSync(fd).size);
fs.closeSync(fd);
