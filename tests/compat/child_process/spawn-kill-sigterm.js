// kill() a sleeping child: 'exit' reports the signal, exitCode is null.
const { spawn } = require('child_process');
const child = spawn('sleep', ['30']);
child.on('spawn', () => {
  console.log('kill returned', child.kill());
  console.log('killed', child.killed);
});
child.on('exit', (code, signal) => {
  console.log('exit', code, signal);
  console.log('exitCode', child.exitCode, 'signalCode', child.signalCode);
});
child.on('close', (code, signal) => console.log('close', code, signal));
