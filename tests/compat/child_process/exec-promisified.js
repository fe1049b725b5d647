// util.promisify(exec) resolves { stdout, stderr }; the promise carries `child`.
const util = require('util');
const cp = require('child_process');
const execP = util.promisify(cp.exec);
const execFileP = util.promisify(cp.execFile);
(async () => {
  const p = execP('echo a; echo b >&2');
  console.log('child on promise', p.child instanceof cp.ChildProcess);
  console.log(JSON.stringify(await p));
  console.log(JSON.stringify(await execFileP('printf', ['%s-%s', 'x', 'y'])));
  try {
    await execP('echo o; echo e >&2; exit 3');
  } catch (e) {
    console.log('rejected', e.code, JSON.stringify(e.stdout), JSON.stringify(e.stderr), JSON.stringify(e.message));
  }
  try {
    await execFileP('nope-no-such-file');
  } catch (e) {
    console.log('rejected', e.code, e.errno, e.syscall, e.path, JSON.stringify(e.stdout), e.cmd);
  }
})();
