// execFile(): no shell; arguments passed as they are; forms of the arguments.
const { execFile } = require('child_process');
execFile('echo', ['a b', '$HOME', '*'], (err, stdout) => {
  console.log(err, JSON.stringify(stdout));
  execFile('printf', { encoding: 'utf8' }, (err, stdout) => {
    console.log(err && err.code, JSON.stringify(stdout));
    execFile('sh', ['-c', 'exit 4'], (err, stdout, stderr) => {
      console.log(err.code, err.killed, err.signal, err.cmd, JSON.stringify(err.message));
      execFile('nope-missing', ['x'], (err, stdout, stderr) => {
        console.log(err.message, err.code, err.errno, err.cmd, JSON.stringify(err.spawnargs));
        console.log(JSON.stringify(stdout), JSON.stringify(stderr));
      });
    });
  });
});
