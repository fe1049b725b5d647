// A detached, unref'd child does not keep the parent alive.
const { spawn } = require('child_process');
const child = spawn('sleep', ['3'], { detached: true, stdio: 'ignore' });
child.unref();
child.on('exit', () => console.log('should not be seen'));
console.log('pid is number', typeof child.pid === 'number');
process.on('exit', (code) => {
  console.log('parent exits', code);
  process.kill(-child.pid, 'SIGKILL');
});
