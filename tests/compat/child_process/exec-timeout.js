// timeout kills the child with killSignal; the error says killed and the signal.
const { exec, execFile } = require('child_process');
exec('sleep 10', { timeout: 100 }, (err, stdout, stderr) => {
  console.log(JSON.stringify({ code: err.code, killed: err.killed, signal: err.signal, cmd: err.cmd, message: err.message }));
  execFile('sleep', ['10'], { timeout: 50, killSignal: 'SIGKILL' }, (err) => {
    console.log(JSON.stringify({ code: err.code, killed: err.killed, signal: err.signal, cmd: err.cmd }));
  });
});
