// exec(): stdout and stderr as strings; a failed command's error shape.
const { exec } = require('child_process');
exec('echo hello; echo warn >&2', (err, stdout, stderr) => {
  console.log(err, JSON.stringify(stdout), JSON.stringify(stderr));
  exec('echo partial; echo broken >&2; exit 7', (err, stdout, stderr) => {
    console.log(err instanceof Error, JSON.stringify(err.message));
    console.log(JSON.stringify({ code: err.code, killed: err.killed, signal: err.signal, cmd: err.cmd }));
    console.log(JSON.stringify(stdout), JSON.stringify(stderr));
    console.log(Object.keys(err).join(','));
  });
});
