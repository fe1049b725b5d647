// openSync/readSync/writeSync/closeSync with offsets and positions; ftruncateSync.
const fs = require('fs');
const os = require('os');
const dir = fs.mkdtempSync(`${os.tmpdir()}/pjs-fs-`);
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const fd = fs.openSync(`${dir}/f`, 'w+');
console.log(typeof fd, fd > 2);
console.log(fs.writeSync(fd, 'hello world'));
console.log(fs.writeSync(fd, Buffer.from('XY'), 0, 2, 0));
console.log(fs.writeSync(fd, 'é', null, 'latin1'));
const buf = Buffer.alloc(8);
console.log(fs.readSync(fd, buf, 0, 5, 0), buf.toString('latin1', 0, 5));
console.log(fs.readSync(fd, buf, { position: 6, length: 3 }), buf.toString('latin1', 0, 3));
console.log(fs.readSync(fd, buf, 0, 8, 100));
fs.ftruncateSync(fd, 4);
fs.closeSync(fd);
console.log(fs.readFileSync(`${dir}/f`, 'latin1'));
try { fs.closeSync(fd); } catch (e) { console.log(e.code, e.syscall, e.message); }
fs.truncateSync(`${dir}/f`, 1);
console.log(fs.readFileSync(`${dir}/f`, 'utf8'));
