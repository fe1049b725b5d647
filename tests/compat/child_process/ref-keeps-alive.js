// A ref'd child keeps the loop alive until it exits; unref() then ref() again too.
const { spawn } = require('child_process');
const child = spawn('sleep', ['0.2'], { stdio: 'ignore' });
child.unref();
child.ref();
child.on('exit', (code, signal) => console.log('exit', code, signal));
process.on('exit', () => console.log('parent exit'));
