// spawn's timeout option kills the child with killSignal.
const { spawn } = require('child_process');
const child = spawn('sleep', ['10'], { timeout: 50, killSignal: 'SIGINT' });
child.on('exit', (code, signal) => {
  console.log('exit', code, signal, child.killed);
  const quick = spawn('true', { timeout: 10000 });
  quick.on('exit', (code, signal) => console.log('quick', code, signal, quick.killed));
});
