// util.promisify(setTimeout/setImmediate) resolve with the given value (timers/promises).
const util = require('util');
const sleep = util.promisify(setTimeout);
const immediate = util.promisify(setImmediate);
console.log(typeof setTimeout[util.promisify.custom]);
sleep(2, 'slept').then((v) => {
  console.log(v);
  return immediate('next');
}).then((v) => console.log(v));
