// nextTick before promise jobs; an immediate, then a timer set from it; exit code 0.
setImmediate(() => {
  console.log('immediate');
  setTimeout(() => console.log('timeout'), 5);
});
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
console.log('sync');
process.on('exit', (code) => console.log('exit', code));
