// Data written to child.stdin reaches cat, which echoes it back.
const { spawn } = require('child_process');
const child = spawn('cat');
const chunks = [];
child.stdout.on('data', (d) => chunks.push(d));
child.on('close', (code) => {
  const s = Buffer.concat(chunks).toString();
  console.log('length', s.length, 'code', code);
  console.log(JSON.stringify(s.slice(0, 20)), JSON.stringify(s.slice(-10)));
});
child.stdin.write('hello ');
child.stdin.write(Buffer.from('world\n'));
child.stdin.end('x'.repeat(200000) + 'END\n');
console.log('stdin writable', child.stdin.writable, 'stdin readable', child.stdin.readable);
