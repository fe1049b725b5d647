// Bad arguments throw synchronously with Node's codes and messages.
const cp = require('child_process');
function t(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
t('file number', () => cp.spawn(42));
t('file empty', () => cp.spawn(''));
t('file null byte', () => cp.spawn('a\u0000b'));
t('args string', () => cp.spawn('echo', 'x'));
t('options number', () => cp.spawn('echo', [], 5));
t('cwd number', () => cp.spawn('echo', [], { cwd: 1 }));
t('detached', () => cp.spawn('echo', [], { detached: 'yes' }));
t('uid', () => cp.spawn('echo', [], { uid: 1.5 }));
t('gid', () => cp.spawn('echo', [], { gid: 'x' }));
t('shell', () => cp.spawn('echo', [], { shell: 1 }));
t('argv0', () => cp.spawn('echo', [], { argv0: 1 }));
t('timeout', () => cp.spawn('echo', [], { timeout: -1 }));
t('timeout float', () => cp.spawn('echo', [], { timeout: 1.5 }));
t('killSignal', () => cp.spawn('echo', [], { killSignal: 'SIGNOPE' }));
t('killSignal type', () => cp.spawn('echo', [], { killSignal: {} }));
t('signal', () => cp.spawn('echo', [], { signal: 'x' }));
t('stdio', () => cp.spawn('echo', [], { stdio: 'bogus' }));
t('stdio entry', () => cp.spawn('echo', [], { stdio: [{}] }));
t('stdio string input', () => cp.spawn('echo', [], { stdio: ['some input'] }));
t('env null byte', () => cp.spawn('echo', [], { env: { A: 'x\u0000' } }));
t('arg null byte', () => cp.spawn('echo', ['ok', 'b\u0000']));
t('exec command', () => cp.exec(5));
t('execFile callback', () => cp.execFile('echo', [], {}, 'nope'));
t('execFile options', () => cp.execFile('echo', [], 'x'));
t('maxBuffer', () => cp.execFile('echo', [], { maxBuffer: -1 }));
t('spawnSync input', () => cp.spawnSync('cat', { input: 5 }));
t('spawnSync maxBuffer', () => cp.spawnSync('cat', { maxBuffer: 'x' }));
t('execSync command', () => cp.execSync(null));
