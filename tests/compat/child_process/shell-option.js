// shell: true runs through /bin/sh; a string names the shell.
const { spawn, spawnSync, execFileSync } = require('child_process');
let r = spawnSync('echo $((1+2)) | tr 3 X', { shell: true, encoding: 'utf8' });
console.log(r.stdout.trim());
r = spawnSync('echo', ['a', '&&', 'echo', 'b'], { shell: true, encoding: 'utf8' });
console.log(JSON.stringify(r.stdout));
r = spawnSync('echo $0', { shell: '/bin/sh', encoding: 'utf8' });
console.log(r.stdout.trim());
console.log(execFileSync('echo', ['quoted "x"'], { shell: true, encoding: 'utf8' }).trim());
const child = spawn('exit 3', { shell: true });
console.log(child.spawnfile, JSON.stringify(child.spawnargs));
child.on('exit', (code) => console.log('exit', code));
