// fs.watch on a directory reports a created file as 'rename' with its name; close() emits 'close'.
const fs = require('fs');
const os = require('os');
const dir = fs.mkdtempSync(`${os.tmpdir()}/pjs-fs-`);
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const w = fs.watch(dir, (eventType, filename) => {
  if (filename !== 'new.txt') return;
  console.log('event', eventType, filename);
  w.close();
});
console.log(w.constructor.name, typeof w.ref, w.ref() === w, w.unref() === w);
w.ref();
w.on('close', () => console.log('close'));
fs.writeFileSync(`${dir}/new.txt`, 'x');
try { fs.watch(`${dir}/nope/x`); } catch (e) { console.log(e.code, e.syscall, e.message.split(dir).join('<dir>'), Object.keys(e).join()); }
try { fs.watch(dir, { recursive: 'x' }); } catch (e) { console.log(e.code, e.message); }
const quiet = fs.watch(dir, { persistent: false });
quiet.on('change', () => {});
