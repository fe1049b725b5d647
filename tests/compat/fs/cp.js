// fs.cpSync / fs.cp / fs.promises.cp: recursive copies, filters, force/errorOnExist, and Node's cp errors.
const fs = require('fs');
const os = require('os');
const t = fs.mkdtempSync(`${os.tmpdir()}/pjs-cp-`);
process.on('exit', () => fs.rmSync(t, { recursive: true, force: true }));
fs.mkdirSync(`${t}/src/sub`, { recursive: true });
fs.writeFileSync(`${t}/src/a.txt`, 'a');
fs.writeFileSync(`${t}/src/sub/b.txt`, 'b');
fs.writeFileSync(`${t}/file`, 'f');
fs.symlinkSync('a.txt', `${t}/src/link`);
const show = (e) => console.log(e.name, e.code, e.message.split(t).join('T'), e.errno, e.syscall,
  JSON.stringify(e.info && { ...e.info, message: e.info.message.split(t).join('T'), path: e.info.path.split(t).join('T') }));
try { fs.cpSync(`${t}/src`, `${t}/d1`); } catch (e) { show(e); }
fs.cpSync(`${t}/src`, `${t}/d1`, { recursive: true });
console.log(fs.readdirSync(`${t}/d1`).sort().join(), fs.readFileSync(`${t}/d1/sub/b.txt`, 'utf8'), fs.readlinkSync(`${t}/d1/link`).split(t).join('T'));
try { fs.cpSync(`${t}/src`, `${t}/src`, { recursive: true }); } catch (e) { show(e); }
try { fs.cpSync(`${t}/src`, `${t}/src/sub/x`, { recursive: true }); } catch (e) { show(e); }
try { fs.cpSync(`${t}/src`, `${t}/file`, { recursive: true }); } catch (e) { show(e); }
try { fs.cpSync(`${t}/file`, `${t}/d1`); } catch (e) { show(e); }
try { fs.cpSync(`${t}/file`, `${t}/d1/a.txt`, { force: false, errorOnExist: true }); } catch (e) { show(e); }
fs.cpSync(`${t}/file`, `${t}/d1/a.txt`, { force: false });
console.log(fs.readFileSync(`${t}/d1/a.txt`, 'utf8'));
fs.cpSync(`${t}/file`, `${t}/d1/a.txt`);
console.log(fs.readFileSync(`${t}/d1/a.txt`, 'utf8'));
try { fs.cpSync(`${t}/nope`, `${t}/x`); } catch (e) { console.log(e.code, e.syscall, e.message.split(t).join('T')); }
fs.cpSync(`${t}/src`, `${t}/d2`, { recursive: true, filter: (s) => !s.endsWith('b.txt') });
console.log(fs.readdirSync(`${t}/d2/sub`).length);
fs.cp(`${t}/src`, `${t}/d3`, { recursive: true }, (err) => {
  console.log('cb', err, fs.existsSync(`${t}/d3/sub/b.txt`));
  fs.promises.cp(`${t}/src`, `${t}/d4`, { recursive: true, filter: async (s) => !s.endsWith('a.txt') }).then(() => {
    console.log('promise', fs.existsSync(`${t}/d4/a.txt`), fs.existsSync(`${t}/d4/sub/b.txt`));
    return fs.promises.cp(`${t}/src`, `${t}/d5`);
  }).catch((e) => console.log('rejected', e.code));
});
