// Output beyond maxBuffer: ERR_CHILD_PROCESS_STDIO_MAXBUFFER, the child is killed,
// stdout is truncated to maxBuffer.
const { exec, execFile } = require('child_process');
exec('i=0; while [ $i -lt 5000 ]; do echo 0123456789; i=$((i+1)); done', { maxBuffer: 100 }, (err, stdout) => {
  console.log(err.name, err.code, err.message);
  console.log('stdout length', stdout.length);
  execFile('sh', ['-c', 'printf 0123456789 >&2; sleep 5'], { maxBuffer: 4, encoding: 'buffer' }, (err, stdout, stderr) => {
    console.log(err.code, err.message, Buffer.isBuffer(stderr), stderr.toString());
  });
});
