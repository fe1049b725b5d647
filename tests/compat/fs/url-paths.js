// Paths may be strings, Buffers or file: URLs.
const fs = require('fs');
const os = require('os');
const dir = fs.mkdtempSync(`${os.tmpdir()}/pjs-fs-`);
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
fs.writeFileSync(new URL(`file://${dir}/u.txt`), 'via url');
console.log(fs.readFileSync(Buffer.from(`${dir}/u.txt`), 'utf8'));
console.log(fs.existsSync(new URL(`file://${dir}/u.txt`)));
try { fs.readFileSync(new URL('http://x/y')); } catch (e) { console.log(e.code, e.message); }
