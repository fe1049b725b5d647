// stdio 'inherit' writes to our stdout; 'ignore' gives null streams; arrays mix them.
const { spawn, spawnSync } = require('child_process');
console.log('before');
spawnSync('echo', ['inherited sync'], { stdio: 'inherit' });
let r = spawnSync('echo', ['x'], { stdio: 'ignore' });
console.log(r.status, JSON.stringify(r.output));
r = spawnSync('sh', ['-c', 'echo to-out; echo to-err >&2'], { stdio: ['ignore', 'pipe', 'ignore'], encoding: 'utf8' });
console.log(JSON.stringify(r.output));
const c = spawn('echo', ['ignored'], { stdio: 'ignore' });
console.log(c.stdin, c.stdout, c.stderr, JSON.stringify(c.stdio));  // echo's output is ignored
c.on('close', (code) => {
  console.log('ignore close', code);
  const d = spawn('sh', ['-c', 'echo inherited async'], { stdio: ['ignore', 'inherit', 'pipe'] });
  const seen = [d.stdout, d.stderr !== null];
  d.on('close', (code) => {
    console.log('inherit close', code, seen[0], seen[1]);
    const e = spawn('sh', ['-c', 'echo via fd 1'], { stdio: [0, 1, 2] });
    e.on('close', () => {
      const f = spawn('sh', ['-c', 'echo via process.stdout'], { stdio: ['ignore', process.stdout, 'ignore'] });
      f.on('close', (code) => console.log('stream close', code));
    });
  });
});
