// Inside a timer callback, setImmediate runs before a new setTimeout 0.
setTimeout(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  Promise.resolve().then(() => console.log('promise'));
}, 0);
