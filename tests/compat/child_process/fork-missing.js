// The module's exports; fork() exists and needs a module path.
const cp = require('child_process');
const names = ['ChildProcess', 'exec', 'execFile', 'execFileSync', 'execSync', 'fork', 'spawn', 'spawnSync'];
console.log(names.map((n) => `${n}:${typeof cp[n]}`).join(' '));
try { cp.fork(5); } catch (e) { console.log(e.code); }
const { ChildProcess } = cp;
const c = new ChildProcess();
console.log(c.pid, c.exitCode, c.signalCode, c.killed, c.connected, c.spawnfile);
console.log(require('node:child_process') === cp);
