// Async fs work runs off the JS thread: timers and immediates keep running meanwhile,
// and many parallel requests all complete.
const fs = require('fs');
const os = require('os');
const dir = fs.mkdtempSync(`${os.tmpdir()}/pjs-fs-`);
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
let done = 0;
const N = 50;
for (let i = 0; i < N; i++) {
  fs.writeFile(`${dir}/f${i}`, String(i), (err) => {
    if (err) throw err;
    fs.readFile(`${dir}/f${i}`, 'utf8', (err2, text) => {
      if (err2 || text !== String(i)) throw err2 || new Error('mismatch');
      if (++done === N) console.log('all', N, 'done');
    });
  });
}
setImmediate(() => console.log('immediate ran before completions:', done < N));
