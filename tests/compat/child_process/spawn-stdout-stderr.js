// stdout and stderr of a child arrive on child.stdout / child.stderr (net.Socket).
const { spawn } = require('child_process');
const net = require('net');
const child = spawn('sh', ['-c', 'printf "one\\ntwo\\n"; printf "bad\\n" >&2; exit 0']);
console.log('stdout is Socket:', child.stdout instanceof net.Socket);
console.log('stdin is Socket:', child.stdin instanceof net.Socket);
console.log('stdio length:', child.stdio.length, child.stdio[1] === child.stdout);
let out = '';
let err = '';
child.stdout.setEncoding('utf8');
child.stderr.setEncoding('utf8');
child.stdout.on('data', (d) => { out += d; });
child.stderr.on('data', (d) => { err += d; });
child.on('close', (code, signal) => {
  console.log(JSON.stringify({ out, err, code, signal }));
  console.log('exitCode', child.exitCode, 'signalCode', child.signalCode, 'killed', child.killed);
});
