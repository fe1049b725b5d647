// With an 'uncaughtException' listener the process continues; origin is reported.
process.on('uncaughtException', (err, origin) => {
  console.log('handled', err.message, origin);
});
setTimeout(() => console.log('still running'), 1);
process.on('exit', (c) => console.log('exit', c));
throw new Error('first');
