// Many children at once, results collected in order.
const { execFile } = require('child_process');
const n = 20;
const results = new Array(n);
let left = n;
for (let i = 0; i < n; i++) {
  execFile('sh', ['-c', `echo ${i}; exit ${i % 3}`], (err, stdout) => {
    results[i] = `${stdout.trim()}:${err ? err.code : 0}`;
    if (--left === 0) console.log(results.join(' '));
  });
}
