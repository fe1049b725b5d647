// A command that does not exist: an 'error' event with Node's full shape, then 'close'.
const { spawn } = require('child_process');
const child = spawn('nope-no-such-command', ['a', 'b']);
const events = [];
console.log('pid', child.pid);
console.log('stdout', typeof child.stdout, child.stdout !== null);
child.on('spawn', () => events.push('spawn'));
child.on('exit', () => events.push('exit'));
child.on('error', (err) => {
  events.push('error');
  console.log(err instanceof Error, err.message);
  console.log(JSON.stringify({ errno: err.errno, code: err.code, syscall: err.syscall, path: err.path, spawnargs: err.spawnargs }));
  console.log(Object.keys(err).sort().join(','));
});
child.on('close', (code, signal) => {
  events.push('close');
  console.log('close', code, signal, events.join(' '));
  console.log('exitCode', child.exitCode, 'spawnfile', child.spawnfile, JSON.stringify(child.spawnargs));
});
