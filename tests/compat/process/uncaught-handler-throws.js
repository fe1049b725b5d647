// A throwing 'uncaughtException' handler ends the process with code 7.
process.on('uncaughtException', () => {
  console.log('handler runs');
  throw new Error('handler failed');
});
process.on('exit', (c) => console.log('exit', c));
throw new Error('original');
