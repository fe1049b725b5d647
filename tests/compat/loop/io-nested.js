// Nested fs callbacks, each with its own tick/promise/immediate ordering.
const fs = require('fs');
fs.readFile(__filename, () => {
  console.log('read 1');
  Promise.resolve().then(() => console.log('promise in read 1'));
  process.nextTick(() => console.log('tick in read 1'));
  setImmediate(() => {
    console.log('immediate after read 1');
    fs.stat(__filename, () => {
      console.log('stat');
      setImmediate(() => console.log('immediate after stat'));
      setTimeout(() => console.log('timeout after stat'), 0);
    });
  });
});
