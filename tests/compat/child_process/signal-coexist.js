// process.on('SIGUSR2') listeners coexist with libuv's SIGCHLD handling.
const { spawn } = require('child_process');
let got = 0;
process.on('SIGUSR2', () => {
  got++;
  console.log('SIGUSR2', got);
  const c = spawn('sh', ['-c', 'exit 6']);
  c.on('exit', (code) => {
    console.log('child after signal', code);
    process.removeAllListeners('SIGUSR2');
  });
});
const child = spawn('sh', ['-c', `kill -USR2 ${process.pid}; exit 2`]);
child.on('exit', (code) => console.log('first child', code));
