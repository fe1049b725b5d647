// process.exit inside the 'uncaughtException' handler sets the final code.
process.on('uncaughtException', (err) => {
  console.log('handler', err.message);
  process.exit(3);
});
process.on('exit', (c) => console.log('exit', c));
setTimeout(() => { throw new Error('late'); }, 1);
