// argv0 replaces argv[0] of the child.
const { spawnSync, spawn } = require('child_process');
const r = spawnSync('sh', ['-c', 'echo $0'], { argv0: 'custom-name', encoding: 'utf8' });
console.log(r.stdout.trim());
const c = spawn('true', ['x'], { argv0: 'zero' });
console.log(c.spawnfile, JSON.stringify(c.spawnargs));
c.on('close', (code) => console.log('close', code));
