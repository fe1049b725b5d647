// spawnSync errors: ENOENT, timeout (ETIMEDOUT), maxBuffer (ENOBUFS).
const { spawnSync } = require('child_process');
let r = spawnSync('nope-missing-cmd', ['x', 'y']);
console.log(Object.keys(r).join(','));
console.log(r.error.message, r.error.code, r.error.errno, r.error.syscall, r.error.path, JSON.stringify(r.error.spawnargs));
console.log(r.status, r.signal, r.output, r.stdout, r.pid);
r = spawnSync('sleep', ['10'], { timeout: 100 });
console.log(r.error.message, r.error.code, r.status, r.signal);
r = spawnSync('sleep', ['10'], { timeout: 50, killSignal: 'SIGKILL' });
console.log(r.error.code, r.status, r.signal);
r = spawnSync('sh', ['-c', 'echo 0123456789; sleep 5'], { maxBuffer: 5, encoding: 'utf8' });
console.log(r.error.message, r.error.code, r.status, r.signal, JSON.stringify(r.stdout));
