// Exit codes of several children, in a fixed order.
const { spawn } = require('child_process');
const codes = [0, 1, 2, 42, 255];
let i = 0;
function next() {
  if (i === codes.length) {
    const f = spawn('false');
    f.on('exit', (code, signal) => {
      console.log('false ->', code, signal);
      const t = spawn('true');
      t.on('exit', (c, s) => console.log('true ->', c, s));
    });
    return;
  }
  const code = codes[i++];
  const child = spawn('sh', ['-c', `exit ${code}`]);
  child.on('exit', (c, s) => {
    console.log(`exit ${code} ->`, c, s, child.exitCode, child.signalCode);
    next();
  });
}
next();
