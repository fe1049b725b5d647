// Callback API: results arrive asynchronously (after sync code and nextTick), errors as first arg.
const fs = require('fs');
const os = require('os');
const dir = fs.mkdtempSync(`${os.tmpdir()}/pjs-fs-`);
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const rel = (s) => s && s.split(dir).join('<dir>');
fs.writeFile(`${dir}/f`, 'data', (err) => {
  console.log('writeFile', err);
  fs.readFile(`${dir}/f`, 'utf8', (err2, text) => {
    console.log('readFile', err2, text);
    fs.stat(`${dir}/f`, (err3, st) => {
      console.log('stat', err3, st.size, st.isFile());
      fs.readdir(dir, (err4, names) => {
        console.log('readdir', err4, names.join());
        fs.rename(`${dir}/f`, `${dir}/g`, (err5) => {
          console.log('rename', err5, arguments.length);
          fs.unlink(`${dir}/g`, (...args) => {
            console.log('unlink', args.length, args[0]);
            fs.readFile(`${dir}/missing`, (err6, data) => {
              console.log('missing', err6.code, err6.syscall, rel(err6.message), data);
            });
          });
        });
      });
    });
  });
});
process.nextTick(() => console.log('tick'));
console.log('sync done');
