// kill() with a signal name, a number, and lower-case; ERR_UNKNOWN_SIGNAL otherwise.
const { spawn } = require('child_process');
function run(sig, done) {
  const child = spawn('sleep', ['30']);
  child.on('exit', (code, signal) => {
    console.log(JSON.stringify(sig), '->', code, signal);
    done();
  });
  child.kill(sig);
}
const c = spawn('sleep', ['30']);
for (const bad of ['SIGFOO', 9999, 'nope']) {
  try {
    c.kill(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
c.kill('SIGKILL');
c.on('exit', (code, signal) => {
  console.log('c', code, signal);
  run('SIGINT', () => run(9, () => run('sighup', () => run(15, () => {
    console.log('kill after exit', c.kill());
  }))));
});
