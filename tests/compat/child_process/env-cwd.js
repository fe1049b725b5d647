// env replaces the environment; cwd sets the working directory.
const { spawnSync, execFile } = require('child_process');
let r = spawnSync('env', { env: { FOO: 'bar', EMPTY: '', SKIP: undefined }, encoding: 'utf8' });
console.log(JSON.stringify(r.stdout.split('\n').filter(Boolean).sort()));
r = spawnSync('pwd', { cwd: '/tmp', encoding: 'utf8' });
console.log(r.stdout.trim());
r = spawnSync('pwd', { cwd: new URL('file:///usr'), encoding: 'utf8' });
console.log(r.stdout.trim());
r = spawnSync('pwd', { cwd: '/no/such/dir/here' });
console.log(r.error.code, r.error.syscall);
process.env.PROTOJS_CP_TEST = 'inherited';
execFile('sh', ['-c', 'echo $PROTOJS_CP_TEST'], (err, stdout) => {
  console.log(err, stdout.trim());
  execFile('sh', ['-c', 'echo "[$PROTOJS_CP_TEST]" $A'], { env: { A: '1', PATH: process.env.PATH } }, (err, stdout) => {
    console.log(err, stdout.trim());
  });
});
