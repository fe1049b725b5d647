// An AbortSignal kills the child and emits an AbortError.
const { spawn, exec } = require('child_process');
const ac = new AbortController();
const child = spawn('sleep', ['10'], { signal: ac.signal });
child.on('error', (e) => console.log('error', e.name, e.code, e.message));
child.on('exit', (code, signal) => {
  console.log('exit', code, signal, child.killed);
  const pre = AbortSignal.abort();
  const c2 = spawn('sleep', ['10'], { signal: pre });
  c2.on('error', (e) => console.log('pre-aborted', e.name, e.code));
  c2.on('exit', (code, signal) => {
    console.log('exit2', code, signal);
    const ac3 = new AbortController();
    exec('sleep 10', { signal: ac3.signal }, (err) => {
      console.log('exec', err.name, err.code);
    });
    ac3.abort();
  });
});
child.on('spawn', () => ac.abort());
