// 'beforeExit' fires when the loop empties and may schedule more work (re-arming it);
// 'exit' fires once, last.
let rounds = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, rounds);
  if (rounds++ < 2) setTimeout(() => console.log('work from beforeExit', rounds), 1);
});
process.on('exit', (code) => console.log('exit', code, rounds));
console.log('main done');
