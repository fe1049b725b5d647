// execSync / execFileSync: return stdout; throw with status, stderr, ... on failure.
const { execSync, execFileSync } = require('child_process');
console.log(JSON.stringify(execSync('echo $((6*7))').toString()));
console.log(JSON.stringify(execSync('cat', { input: 'in', encoding: 'utf8' })));
console.log(JSON.stringify(execFileSync('printf', ['%s|', 'a', 'b c'], { encoding: 'utf8' })));
try {
  execSync('echo before; echo oops >&2; exit 3', { stdio: 'pipe' });
} catch (e) {
  console.log(e.name, JSON.stringify(e.message));
  console.log(e.status, e.signal, JSON.stringify(String(e.stdout)), JSON.stringify(String(e.stderr)));
  console.log(Object.keys(e).join(','));
}
try {
  execFileSync('sh', ['-c', 'exit 9'], { encoding: 'utf8' });
} catch (e) {
  console.log(JSON.stringify(e.message), e.status, JSON.stringify(e.stdout));
}
try {
  execFileSync('nope-missing-cmd', ['q']);
} catch (e) {
  console.log(e.message, e.code, e.status, e.path, JSON.stringify(e.spawnargs), e.error === e);
}
try {
  execSync('sleep 10', { timeout: 50 });
} catch (e) {
  console.log(e.code, e.signal, e.status);
}
