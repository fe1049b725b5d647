// Callback forms of mkdir (recursive), access, lstat, realpath, rm, open/read/write/close.
const fs = require('fs');
const os = require('os');
const dir = fs.realpathSync(fs.mkdtempSync(`${os.tmpdir()}/pjs-fs-`));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const rel = (s) => s && s.split(dir).join('<dir>');
fs.mkdir(`${dir}/x/y`, { recursive: true }, (err, first) => {
  console.log('mkdir', err, rel(first));
  fs.access(`${dir}/x/nope`, (e) => {
    console.log('access', e.code, rel(e.path));
    fs.realpath(`${dir}/x/y/../y`, (e2, p) => {
      console.log('realpath', e2, rel(p));
      fs.open(`${dir}/x/f`, 'w+', (e3, fd) => {
        fs.write(fd, 'abc', (e4, n, s) => {
          console.log('write', e4, n, s);
          const buf = Buffer.alloc(3);
          fs.read(fd, buf, 0, 3, 0, (e5, r, b) => {
            console.log('read', e5, r, b === buf, buf.toString());
            fs.close(fd, (e6) => {
              console.log('close', e6);
              fs.rm(`${dir}/x`, (e7) => {
                console.log('rm dir', e7.code);
                fs.rm(`${dir}/x`, { recursive: true }, (e8) => {
                  console.log('rm -r', e8, fs.existsSync(`${dir}/x`));
                  fs.exists(dir, (yes) => console.log('exists', yes));
                });
              });
            });
          });
        });
      });
    });
  });
});
try { fs.readFile(`${dir}/f`); } catch (e) { console.log(e.code, e.message); }
