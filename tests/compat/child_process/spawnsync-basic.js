// spawnSync: status, signal, output, stdout, stderr; input goes to stdin.
const { spawnSync } = require('child_process');
let r = spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 5']);
console.log(Object.keys(r).join(','));
console.log(r.status, r.signal, r.output.length, r.output[0], String(r.stdout), String(r.stderr));
console.log(Buffer.isBuffer(r.stdout), r.output[1] === r.stdout, typeof r.pid);
r = spawnSync('cat', { input: 'piped input\n', encoding: 'utf8' });
console.log(r.status, JSON.stringify(r.stdout), JSON.stringify(r.stderr));
r = spawnSync('cat', [], { input: Buffer.from('buf'), encoding: 'buffer' });
console.log(r.status, r.stdout);
r = spawnSync('cat', [], { input: new Uint8Array([104, 105]) });
console.log(String(r.stdout));
r = spawnSync('wc', ['-c'], { input: 'x'.repeat(300000), encoding: 'utf8' });
console.log(r.status, r.stdout.trim());
r = spawnSync('sh', ['-c', 'kill -TERM $$']);
console.log(r.status, r.signal);
