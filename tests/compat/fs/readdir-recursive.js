// readdir { recursive: true } in its sync, callback and promise forms (names and Dirents).
const fs = require('fs');
const os = require('os');
const dir = fs.mkdtempSync(`${os.tmpdir()}/pjs-fs-`);
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
fs.mkdirSync(`${dir}/a/b/c`, { recursive: true });
fs.writeFileSync(`${dir}/a/f1`, '');
fs.writeFileSync(`${dir}/a/b/c/f2`, '');
fs.writeFileSync(`${dir}/top`, '');
console.log('sync', fs.readdirSync(dir, { recursive: true }).sort().join());
fs.readdir(dir, { recursive: true }, (err, names) => {
  console.log('callback', err, names.sort().join());
  fs.promises.readdir(dir, { recursive: true, withFileTypes: true }).then((ents) => {
    console.log('promise', ents.map((d) => `${d.name}:${d.isDirectory()}`).sort().join());
    fs.readdir(dir, (err2, names2) => console.log('flat', err2, names2.sort().join()));
  });
});
