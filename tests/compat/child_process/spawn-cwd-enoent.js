// An async spawn in a directory that does not exist: 'error' with ENOENT.
const { spawn } = require('child_process');
const child = spawn('echo', ['x'], { cwd: '/no/such/dir' });
child.on('error', (e) => console.log('error', e.code, e.syscall, e.path));
child.on('close', (code) => console.log('close', code));
