// An 'exit' listener may change process.exitCode; async work in it never runs.
process.on('exit', (code) => {
  console.log('exit', code);
  process.exitCode = 9;
  setTimeout(() => console.log('never'), 0);
  process.nextTick(() => console.log('never tick'));
});
