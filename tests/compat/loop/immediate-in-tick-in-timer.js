// A setImmediate queued from a nextTick inside a timer still precedes the next timer.
setTimeout(() => {
  process.nextTick(() => setImmediate(() => console.log('immediate via tick')));
  setTimeout(() => console.log('next timer'), 0);
}, 1);
