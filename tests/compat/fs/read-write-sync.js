// writeFileSync/readFileSync with encodings, Buffers and flags; appendFileSync.
const fs = require('fs');
const os = require('os');
const dir = fs.mkdtempSync(`${os.tmpdir()}/pjs-fs-`);
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const f = `${dir}/a.txt`;
fs.writeFileSync(f, 'héllo\n');
console.log(JSON.stringify(fs.readFileSync(f, 'utf8')), fs.readFileSync(f).length, Buffer.isBuffer(fs.readFileSync(f)));
console.log(fs.readFileSync(f, { encoding: 'hex' }), fs.readFileSync(f, 'base64'), fs.readFileSync(f, 'latin1').length);
fs.appendFileSync(f, 'more');
fs.appendFileSync(f, Buffer.from('!'));
console.log(JSON.stringify(fs.readFileSync(f, 'utf8')));
fs.writeFileSync(f, new Uint8Array([65, 66, 67]));
console.log(fs.readFileSync(f, 'utf8'));
fs.writeFileSync(f, 'x', { flag: 'a' });
console.log(fs.readFileSync(f, 'utf8'));
fs.writeFileSync(f, '6869', 'hex');
console.log(fs.readFileSync(f, 'utf8'));
try { fs.writeFileSync(f, 'y', { flag: 'wx' }); } catch (e) { console.log(e.code, e.syscall); }
try { fs.writeFileSync(f, 5); } catch (e) { console.log(e.code, e.name); }
