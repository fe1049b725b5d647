// fs.watchFile polls with stat: a change calls listener(curr, prev); a missing file is
// reported once with zeroed stats; unwatchFile stops polling so the process can exit.
const fs = require('fs');
const os = require('os');
const dir = fs.mkdtempSync(`${os.tmpdir()}/pjs-fs-`);
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const f = `${dir}/w.txt`;
fs.writeFileSync(f, 'a');
// Keep growing the file until the watcher notices (no assumption about poll timing).
const grow = setInterval(() => fs.appendFileSync(f, 'b'), 20);
const listener = (curr, prev) => {
  clearInterval(grow);
  console.log('changed', curr.size > prev.size, curr instanceof fs.Stats, curr.mtimeMs >= prev.mtimeMs);
  fs.unwatchFile(f, listener);
  watchMissing();
};
const w = fs.watchFile(f, { interval: 10 }, listener);
console.log(w.constructor.name, typeof w.ref, typeof w.unref);

function watchMissing() {
  const m = `${dir}/missing.txt`;
  let calls = 0;
  fs.watchFile(m, { interval: 10 }, (curr, prev) => {
    calls++;
    console.log('missing', calls, curr.size, prev.size, curr.mtimeMs > 0, prev.mtimeMs);
    if (calls === 1) fs.writeFileSync(m, 'zz');
    else fs.unwatchFile(m);
  });
}
