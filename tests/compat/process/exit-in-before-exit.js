// process.exit inside 'beforeExit' ends the process with that code.
process.on('beforeExit', () => {
  console.log('beforeExit');
  process.exit(4);
});
process.on('exit', (c) => console.log('exit', c));
