// Nobody reads stdout: the runtime drains it so 'close' still comes.
const { spawn } = require('child_process');
const child = spawn('sh', ['-c', 'i=0; while [ $i -lt 2000 ]; do echo line $i; i=$((i+1)); done']);
child.on('close', (code, signal) => console.log('close', code, signal));
