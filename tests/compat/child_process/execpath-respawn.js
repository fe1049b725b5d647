// Re-spawning the runtime itself: process.execPath with -e and with a script.
const { spawn, execFileSync, spawnSync } = require('child_process');
const path = require('path');
console.log(execFileSync(process.execPath, ['-e', 'console.log(1 + 2)'], { encoding: 'utf8' }).trim());
const r = spawnSync(process.execPath, [path.join(__dirname, 'fixtures', 'echo-args.js'), '3', 'a', 'b'], {
  input: 'from parent', encoding: 'utf8',
});
console.log(r.status, r.stdout.trim());
const child = spawn(process.execPath, ['-e', 'process.stdin.pipe(process.stdout)']);
let out = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (d) => { out += d; });
child.on('close', (code) => console.log('close', code, JSON.stringify(out)));
child.stdin.end('round trip');
