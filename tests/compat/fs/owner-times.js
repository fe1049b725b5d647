// chown/lchown/fchown (to the current owner), fchmod, utimes/lutimes/futimes, fdatasync, truncate.
const fs = require('fs');
const os = require('os');
const dir = fs.mkdtempSync(`${os.tmpdir()}/pjs-fs-`);
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const f = `${dir}/f`;
fs.writeFileSync(f, 'abcdef');
fs.symlinkSync(f, `${dir}/l`);
const uid = process.getuid();
const gid = process.getgid();
fs.chownSync(f, uid, gid);
fs.lchownSync(`${dir}/l`, uid, gid);
fs.chmodSync(f, 0o600);
console.log((fs.statSync(f).mode & 0o777).toString(8));
const fd = fs.openSync(f, 'r+');
fs.fchmodSync(fd, '640');
fs.fchownSync(fd, -1, -1);
fs.futimesSync(fd, 1000, new Date(2000000));
fs.fdatasyncSync(fd);
fs.closeSync(fd);
const st = fs.statSync(f);
console.log((st.mode & 0o777).toString(8), st.atimeMs, st.mtimeMs);
fs.utimesSync(f, '3000', 4000);
fs.lutimesSync(`${dir}/l`, 5, 6);
console.log(fs.statSync(f).mtimeMs, fs.lstatSync(`${dir}/l`).mtimeMs);
try { fs.chownSync(f, 1.5, 0); } catch (e) { console.log(e.code); }
try { fs.utimesSync(f, {}, 0); } catch (e) { console.log(e.code); }
try { fs.chownSync(`${dir}/nope`, uid, gid); } catch (e) { console.log(e.code, e.syscall); }
fs.truncate(f, 2, (err) => {
  console.log('truncate', err, fs.readFileSync(f, 'utf8'));
  fs.promises.truncate(f).then(async () => {
    console.log('promise truncate', fs.statSync(f).size);
    const fh = await fs.promises.open(f, 'r+');
    await fh.chmod(0o644);
    await fh.utimes(7, 8);
    await fh.datasync();
    await fh.close();
    await fs.promises.chown(f, uid, gid);
    console.log((fs.statSync(f).mode & 0o777).toString(8), fs.statSync(f).mtimeMs);
  });
});
