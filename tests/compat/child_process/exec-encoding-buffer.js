// encoding: 'buffer' gives Buffers; another encoding decodes the output.
const { exec, execFile } = require('child_process');
exec('printf "\\001\\002\\003abc"', { encoding: 'buffer' }, (err, stdout, stderr) => {
  console.log(err, Buffer.isBuffer(stdout), Buffer.isBuffer(stderr), stdout.toString('hex'), stderr.length);
  execFile('printf', ['hello'], { encoding: 'hex' }, (err, stdout) => {
    console.log(err, typeof stdout, stdout);
    execFile('printf', ['hi'], { encoding: 'not-an-encoding' }, (err, stdout) => {
      console.log(err, Buffer.isBuffer(stdout), String(stdout));
    });
  });
});
