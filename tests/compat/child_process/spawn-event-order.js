// 'spawn' comes first; 'close' comes after 'exit' and once every stdio stream closed.
const { spawn } = require('child_process');
const child = spawn('sh', ['-c', 'echo out; echo err >&2']);
const events = [];
child.on('spawn', () => events.push('spawn'));
child.on('exit', () => events.push('exit'));
child.stdout.resume();
child.stderr.resume();
child.on('close', (code, signal) => {
  console.log('close', code, signal);
  console.log('first', events[0]);
  console.log('exit before close', events.includes('exit'));
  console.log('streams closed', child.stdout.destroyed, child.stderr.destroyed, child.stdin.destroyed);
  console.log('events', events.length);
});
