// Regression: a big write to stdin still pending when the child is killed and the
// streams are destroyed (the write request must keep its buffer alive).
const { spawn } = require('child_process');
const child = spawn('sleep', ['10']);
child.stdin.on('error', (e) => console.log('stdin error', e.code));
child.stdin.write(Buffer.alloc(1 << 24, 97));
child.stdout.destroy();
child.on('spawn', () => {
  child.kill('SIGKILL');
  child.stdin.destroy();
});
child.on('close', (code, signal) => console.log('close', code, signal, child.stdin.destroyed));
